// POST /api/check answered by the node server itself, with the same request reader, rate limiter and
// engine as the Astro route (src/pages/api/check.ts) but without Astro's per-request pipeline, which
// cost about ten times the check itself (measured on this machine: ~400 against ~4,000 requests/s).
// The checker is built once per build, from the rule bundle that build publishes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker } from '@redflags/engine';
import { BrowserRuleBundle } from '@redflags/schema';
import { sharedRateLimiter } from '../src/lib/rate-limit.mjs';
import { readCheckBody } from '../src/lib/read-check-request.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * A handler that answers POST /api/check for the build in `buildDir` and returns true, or returns
 * false for any other request (for Astro to answer).
 * @param {string} buildDir
 * @returns {(request: IncomingMessage, response: ServerResponse) => boolean}
 */
export function createApiCheckHandler(buildDir) {
  const folder = join(buildDir, 'client/bundle');
  const files = readdirSync(folder).filter((name) => /^rules\.[0-9a-f]{12}\.json$/.test(name));
  if (files.length !== 1) throw new Error(`${folder} should hold exactly one rules.<hash>.json, but holds ${files.length}; rebuild the site`);
  // The browser's copy of the bundle (toBrowserBundle): everything the checker reads.
  const bundle = BrowserRuleBundle.parse(JSON.parse(readFileSync(join(folder, files[0]), 'utf8')));
  const checker = createChecker(bundle);
  const limiter = sharedRateLimiter();
  const inputLimit = bundle.settings.inputLimit;

  return (request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (request.method !== 'POST' || (path !== '/api/check' && path !== '/api/check/')) return false;
    answer(request, response).catch(() => {
      // Never the text: only that the check failed.
      console.error('POST /api/check failed inside the checker');
      if (!response.headersSent) reply(response, 500, { error: 'the checker failed; try again later' });
    });
    return true;
  };

  /** @param {IncomingMessage} request @param {ServerResponse} response */
  async function answer(request, response) {
    const decision = limiter.take(request.socket.remoteAddress ?? '');
    if (!decision.allowed) {
      request.resume();
      const retryAfter = String(decision.retryAfterSeconds);
      return reply(response, 429, { error: `too many checks from your address; wait ${retryAfter} seconds and try again` }, { 'retry-after': retryAfter });
    }
    const parsed = await readCheckBody(
      { contentType: request.headers['content-type'], contentLength: request.headers['content-length'], readBody: (maxBytes) => readNodeBodyUpTo(request, maxBytes) },
      inputLimit,
    );
    if (!parsed.ok) return reply(response, parsed.status, { error: parsed.error });
    return reply(response, 200, checker.check(parsed.text));
  }
}

/**
 * Writes a JSON answer with its length: without Content-Length, writeHead commits the response to
 * chunked encoding, which costs both ends framing and a parse per response, for a body already whole.
 * @param {ServerResponse} response @param {number} status @param {unknown} body @param {Record<string, string>} [extra]
 */
function reply(response, status, body, extra) {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(json)),
    ...extra,
  });
  response.end(json);
}

/** How much of an oversized body is read and dropped before answering, so the client (still sending)
 * receives the 413 instead of a reset connection; past this the connection is simply closed. */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

/**
 * The request body as text, or undefined when it passes `maxBytes`. An oversized body is read to its
 * end and dropped (up to DRAIN_LIMIT_BYTES) before resolving: answering while the client is still
 * sending makes the server close a connection with unread data, and the client then sees a reset, not the 413.
 * @param {IncomingMessage} request
 * @param {number} maxBytes
 * @returns {Promise<string | undefined>}
 */
function readNodeBodyUpTo(request, maxBytes) {
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let total = 0;
    let settled = false;
    /** @param {string | undefined} value */
    const finish = (value) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    request.on('data', (/** @type {Buffer} */ chunk) => {
      if (settled) return;
      total += chunk.length;
      if (total > DRAIN_LIMIT_BYTES) finish(undefined);
      else if (total <= maxBytes) chunks.push(chunk);
    });
    request.on('end', () => finish(total > maxBytes ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', () => finish(undefined));
    request.on('close', () => finish(undefined));
  });
}
