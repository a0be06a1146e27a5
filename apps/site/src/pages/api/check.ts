// POST /api/check: {"text": "..."} → the engine's CheckResult. Bad input gets a 4xx with a JSON message;
// the text is never logged or stored.
import type { APIRoute } from 'astro';
import { readCheckRequest } from '../../lib/read-check-request.mjs';
import { getServerChecker } from '../../lib/server-checker.js';

export const prerender = false;

const json = (body: unknown, status: number, extra: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra },
  });

export const POST: APIRoute = async ({ request }) => {
  const { checker, inputLimit } = await getServerChecker();
  const parsed = await readCheckRequest(request, inputLimit);
  if (!parsed.ok) return json({ error: parsed.error }, parsed.status);
  return json(checker.check(parsed.text), 200);
};

export const ALL: APIRoute = () =>
  json({ error: 'use POST with a JSON body {"text": "…"}' }, 405, { allow: 'POST' });
