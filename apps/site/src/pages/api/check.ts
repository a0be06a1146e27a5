// /api/check for `astro dev` and a bare `node dist/server/entry.mjs`; the node server (server/) answers it
// before Astro does. Both answer through src/lib/check-api.ts.
import type { APIRoute } from 'astro';
import { answerCheckApi } from '../../lib/check-api.ts';
import { sharedRateLimiter } from '../../lib/rate-limit.ts';
import { webCheckBody } from '../../lib/read-check-request.ts';
import { getServerChecker } from '../../lib/server-checker.js';

export const prerender = false;

export const ALL: APIRoute = async ({ request, clientAddress }) => {
  const { checker, inputLimit } = await getServerChecker();
  const reply = await answerCheckApi(
    { method: request.method, address: clientAddress, ...webCheckBody(request) },
    { checker, inputLimit, limiter: sharedRateLimiter() },
  );
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
};
