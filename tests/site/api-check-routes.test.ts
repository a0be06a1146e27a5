// /api/check answers alike through the node server's fast path (what `npm start` serves) and through the
// Astro route (what `astro dev` and a bare dist/server/entry.mjs serve): both call src/lib/check-api.ts.
import { join } from 'node:path';
import { freePort, startProcess, waitForUrl, type RunningProcess } from '@redflags/processes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputLimitOf } from '../hardening/site-facts.js';
import { AMAZON_VOICEMAIL } from './amazon-voicemail.js';
import { buildSiteForTests, startSite, type RunningSite } from './site-server.js';

// Enough for every POST below but the last, which both servers then refuse alike.
const RATE_LIMIT = { REDFLAGS_RATE_LIMIT_BURST: '6', REDFLAGS_RATE_LIMIT_PER_MINUTE: '1' };
let fastPath: RunningSite;
let astro: RunningProcess;
let astroUrl: string;

beforeAll(async () => {
  fastPath = await startSite(RATE_LIMIT);
  const port = await freePort();
  astroUrl = `http://127.0.0.1:${port}`;
  astro = startProcess(process.execPath, [join(buildSiteForTests(), 'server/entry.mjs')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...RATE_LIMIT },
  });
  await waitForUrl(`${astroUrl}/`, astro, 'the Astro server', 30_000).catch((error: Error) => {
    throw new Error(`${error.message}:\n${astro.output()}`);
  });
});
afterAll(async () => {
  await astro?.stop();
  await fastPath?.stop();
});

interface Exchange {
  status: number;
  body: unknown;
  headers: Record<string, string | null>;
}

async function send(baseUrl: string, method: string, body: string | undefined, contentType: string): Promise<Exchange> {
  // Astro refuses a text/plain post without its own Origin (checkOrigin) before the route runs; the fast path never asks.
  const response = await fetch(`${baseUrl}/api/check`, { method, body, headers: { 'content-type': contentType, origin: baseUrl } });
  const headers = Object.fromEntries(
    ['content-type', 'cache-control', 'allow', 'retry-after'].map((name) => [name, response.headers.get(name)]),
  );
  return { status: response.status, body: await response.json(), headers };
}

describe('/api/check on both servers', () => {
  it('answers every kind of request with the same status, JSON and headers', async () => {
    const limit = await inputLimitOf(fastPath.url);
    const requests: [string, string, string | undefined, string][] = [
      ['a message', 'POST', JSON.stringify({ text: AMAZON_VOICEMAIL }), 'application/json'],
      ['malformed JSON', 'POST', '{"text": ', 'application/json'],
      ['no text', 'POST', '{}', 'application/json; charset=utf-8'],
      ['an empty text', 'POST', '{"text": "  "}', 'application/json'],
      ['another content type', 'POST', 'text=hi', 'text/plain'],
      ['a text over the limit', 'POST', JSON.stringify({ text: 'a'.repeat(limit + 1) }), 'application/json'],
      ['another method', 'GET', undefined, 'application/json'],
      ['past the rate limit', 'POST', JSON.stringify({ text: AMAZON_VOICEMAIL }), 'application/json'],
    ];
    const statuses: Record<string, number> = {};
    for (const [name, method, body, contentType] of requests) {
      const fast = await send(fastPath.url, method, body, contentType);
      const route = await send(astroUrl, method, body, contentType);
      statuses[name] = fast.status;
      if (fast.status === 429) {
        // The seconds to wait depend on when each server was first asked.
        expect(route.headers['retry-after'], name).toMatch(/^\d+$/);
        expect(route.body, name).toEqual({
          error: `too many checks from your address; wait ${route.headers['retry-after']} seconds and try again`,
        });
        route.headers['retry-after'] = fast.headers['retry-after'] ?? null;
        route.body = fast.body;
      }
      expect(route, name).toEqual(fast);
    }
    expect(statuses).toEqual({
      'a message': 200,
      'malformed JSON': 400,
      'no text': 400,
      'an empty text': 400,
      'another content type': 415,
      'a text over the limit': 413,
      'another method': 405,
      'past the rate limit': 429,
    });
  });
});
