// /api/check answered by the node server itself, through the same code as the Astro route
// (src/lib/check-api.ts) but without Astro's per-request pipeline, which cost about ten times the
// check itself (measured on this machine: ~400 against ~4,000 requests/s).
// The checker is built once per build, from the rule bundle that build publishes.
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { createChecker } from '@redflags/engine';
import { BrowserRuleBundle } from '@redflags/schema';
import { answerCheckApi, CHECK_API_PATHS, type JsonReply } from '../src/lib/check-api.ts';
import { sharedRateLimiter, type RateLimiter } from '../src/lib/rate-limit.ts';
import { nodeCheckBody } from '../src/lib/read-check-request.ts';

/** Answers the request and returns true, or returns false for Astro to answer it. */
export type ApiCheckHandler = (request: IncomingMessage, response: ServerResponse) => boolean;

/**
 * A handler for /api/check on the build in `buildDir`, rate-limited by `limiter` (the process's
 * shared one unless given).
 */
export function createApiCheckHandler(buildDir: string, limiter: RateLimiter = sharedRateLimiter()): ApiCheckHandler {
  const folder = join(buildDir, 'client/bundle');
  const files = readdirSync(folder).filter((name) => /^rules\.[0-9a-f]{12}\.json$/.test(name));
  if (files.length !== 1)
    throw new Error(`${folder} should hold exactly one rules.<hash>.json, but holds ${files.length}; rebuild the site`);
  // The browser's copy of the bundle (toBrowserBundle): everything the checker reads.
  const bundle = BrowserRuleBundle.parse(JSON.parse(readFileSync(join(folder, files[0] ?? ''), 'utf8')));
  const service = { checker: createChecker(bundle), inputLimit: bundle.settings.inputLimit, limiter };

  return (request, response) => {
    if (!CHECK_API_PATHS.has((request.url ?? '').split('?')[0] ?? '')) return false;
    const checkRequest = { method: request.method ?? '', address: request.socket.remoteAddress ?? '', ...nodeCheckBody(request) };
    answerCheckApi(checkRequest, service)
      .then((reply) => {
        // Read and drop the body of a refused request, so the client is not reset while still sending it.
        if (reply.status === 429) request.resume();
        writeReply(response, reply);
      })
      // answerCheckApi never rejects; a reply node cannot write (the client gone) must not end the process.
      .catch(() => response.destroy());
    return true;
  };
}

/**
 * Writes the reply with its length: without Content-Length, writeHead commits the response to
 * chunked encoding, which costs both ends framing and a parse per response, for a body already whole.
 */
function writeReply(response: ServerResponse, reply: JsonReply): void {
  response.writeHead(reply.status, { ...reply.headers, 'content-length': String(Buffer.byteLength(reply.body)) });
  response.end(reply.body);
}
