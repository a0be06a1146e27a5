// /api/check in one place, for both servers that answer it: the node server's fast path
// (server/api-check-handler.ts, what `npm start` serves) and the Astro route (src/pages/api/check.ts,
// for `astro dev`). It takes the request's parts and returns the whole reply; the text is never logged or stored.
import type { Checker } from '@redflags/engine';
import type { RateLimiter } from './rate-limit.ts';
import { readCheckBody, type CheckBodyInput } from './read-check-request.ts';

/** The paths /api/check answers on (the site ignores a trailing slash). */
export const CHECK_API_PATHS: ReadonlySet<string> = new Set(['/api/check', '/api/check/']);

/** A reply whichever server sends it: `new Response(body, reply)` or node's writeHead and end. */
export interface JsonReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The request as /api/check reads it: method, client address, and the body's headers and reader. */
export interface CheckApiRequest extends CheckBodyInput {
  method: string;
  address: string;
}

/** What answering needs: the engine's checker on the published bundle, its input limit, the rate limiter. */
export interface CheckService {
  checker: Checker;
  inputLimit: number;
  limiter: RateLimiter;
}

/**
 * POST {"text": "..."} → 200 with the engine's CheckResult; 405 for another method, 429 past the rate
 * limit, 4xx with a message for a bad body, 500 when the checker fails. Never rejects.
 * @example await answerCheckApi({ method: 'GET', address: '203.0.113.9', … }, service) // { status: 405, … }
 */
export async function answerCheckApi(request: CheckApiRequest, service: CheckService): Promise<JsonReply> {
  if (request.method !== 'POST') return jsonReply(405, { error: 'use POST with a JSON body {"text": "…"}' }, { allow: 'POST' });
  const decision = service.limiter.take(request.address);
  if (!decision.allowed) {
    const retryAfter = String(decision.retryAfterSeconds);
    return jsonReply(
      429,
      { error: `too many checks from your address; wait ${retryAfter} seconds and try again` },
      { 'retry-after': retryAfter },
    );
  }
  const parsed = await readCheckBody(request, service.inputLimit);
  if (!parsed.ok) return jsonReply(parsed.status, { error: parsed.error });
  try {
    return jsonReply(200, service.checker.check(parsed.text));
  } catch {
    // Never the text: only that the check failed.
    console.error('POST /api/check failed inside the checker');
    return jsonReply(500, { error: 'the checker failed; try again later' });
  }
}

/** A JSON reply no cache keeps. */
export function jsonReply(status: number, value: unknown, extraHeaders: Record<string, string> = {}): JsonReply {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extraHeaders },
    body: JSON.stringify(value),
  };
}
