// Hostile input to the server-side checker: random bodies, content types, methods and origins sent
// to POST /api/check and the no-JS form never get a 5xx; each bad-input class gets its 4xx.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type RunningSite } from '../site/site-server.js';
import { rawRequest } from './raw-request.js';
import { inputLimitOf } from './site-facts.js';

const RUNS = 300;
/** The fixture's and the launch content's limit; the tests read the served bundle's and stop if it differs. */
const INPUT_LIMIT = 10_000;
let site: RunningSite;
beforeAll(async () => {
  // A burst this large keeps the rate limit out of the way without exempting any address.
  site = await startSite({ REDFLAGS_RATE_LIMIT_BURST: '1000000' });
  const served = await inputLimitOf(site.url);
  if (served !== INPUT_LIMIT) throw new Error(`these tests assume an input limit of ${INPUT_LIMIT}; the served bundle has ${served}`);
});
afterAll(async () => {
  await site?.stop();
});

const contentTypes = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON;charset=latin1',
    'application/x-www-form-urlencoded',
    'multipart/form-data',
    'multipart/form-data; boundary=----x',
    'text/plain',
    'application/xml',
    '',
  ),
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz/;=-+. *"'.split('')), maxLength: 40 }),
);
const bodies = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.json({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2 }).map((text) => JSON.stringify({ text }) ?? 'undefined'),
  fc.string({ unit: 'binary', maxLength: 300 }).map((text) => JSON.stringify({ text })),
  fc.string({ unit: 'binary', maxLength: 300 }).map((text) => new URLSearchParams({ text }).toString()),
  fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.from(bytes)),
  // Long bodies are described by their length, so a failure prints a short counterexample.
  fc.record({ longJson: fc.integer({ min: INPUT_LIMIT - 2, max: INPUT_LIMIT * 3 }) }),
  fc.record({ longForm: fc.integer({ min: INPUT_LIMIT - 2, max: INPUT_LIMIT * 3 }) }),
);

function bodyOf(body: string | Buffer | { longJson: number } | { longForm: number }): string | Buffer {
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
  return 'longJson' in body ? JSON.stringify({ text: 'x'.repeat(body.longJson) }) : `text=${'%E2%82%AC'.repeat(body.longForm)}`;
}

describe('hostile input to the server-side checker', () => {
  it(`never answers 5xx to ${RUNS} random requests, and the API's refusals are JSON errors`, async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/check', '/api/check/', '/check/result/', '/check/result'),
        fc.constantFrom('POST', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE'),
        contentTypes,
        fc.constantFrom<'same' | 'evil' | 'none'>('same', 'evil', 'none'),
        bodies,
        async (path, method, contentType, origin, body) => {
          const headers: Record<string, string> = {};
          if (contentType) headers['content-type'] = contentType;
          if (origin !== 'none') headers.origin = origin === 'same' ? site.url : 'https://evil.example';
          const response = await rawRequest(site.url + path, { method, headers, body: bodyOf(body) });
          seen.set(response.status, (seen.get(response.status) ?? 0) + 1);
          expect(response.status).toBeGreaterThanOrEqual(200);
          expect(response.status).toBeLessThan(500);
          const fromApi = path.startsWith('/api/') && response.status !== 403;
          // An empty body is a client-side artefact: the server answers before reading a long body and the socket resets.
          if (fromApi && response.status >= 400 && response.body !== '')
            expect(JSON.parse(response.body)).toEqual({ error: expect.any(String) });
        },
      ),
      { numRuns: RUNS },
    );
    console.log(`statuses over ${RUNS} random requests: ${JSON.stringify(Object.fromEntries([...seen].sort(([a], [b]) => a - b)))}`);
    expect(site.log()).not.toMatch(/Internal server error|Could not render/i);
  });
});

describe('each bad-input class gets its 4xx', () => {
  const api = (body: string | Buffer, contentType = 'application/json', extra: Record<string, string> = {}) =>
    rawRequest(`${site.url}/api/check`, { headers: { 'content-type': contentType, ...extra }, body });
  const form = (body: string | Buffer, contentType = 'application/x-www-form-urlencoded', extra: Record<string, string> = {}) =>
    rawRequest(`${site.url}/check/result/`, { headers: { 'content-type': contentType, origin: site.url, ...extra }, body });

  it('API: 413 over the limit, also without Content-Length (chunked), 400 malformed, 415 wrong type', async () => {
    expect((await api(JSON.stringify({ text: 'a'.repeat(INPUT_LIMIT + 1) }))).status).toBe(413);
    expect(
      (await api(JSON.stringify({ text: 'a'.repeat(2_000_000) }), 'application/json', { 'transfer-encoding': 'chunked' })).status,
    ).toBe(413);
    expect((await api('{"text": "unterminated')).status).toBe(400);
    expect((await api(Buffer.from([0xff, 0xfe, 0x7b, 0x00]))).status).toBe(400);
    expect((await api('{"text": ""}')).status).toBe(400);
    expect((await api('{"message": "hi"}')).status).toBe(400);
    expect((await api('<text>hi</text>', 'application/xml')).status).toBe(415);
    expect((await api('text=hi', 'text/plain', { origin: site.url })).status).toBe(415);
  });

  it('form: 413 over the limit and for a declared body no text could fill, 400 unreadable or empty', async () => {
    expect((await form(new URLSearchParams({ text: 'a'.repeat(INPUT_LIMIT + 1) }).toString())).status).toBe(413);
    const huge = await form(`text=${'a'.repeat(200_000)}`);
    expect(huge.status).toBe(413);
    expect(huge.body).toContain('That is more than the checker takes');
    expect(
      (await form(`text=${'b'.repeat(1_200_000)}`, 'application/x-www-form-urlencoded', { 'transfer-encoding': 'chunked' })).status,
    ).toBe(400);
    expect((await form('--x\r\nbroken', 'multipart/form-data; boundary=y')).status).toBe(400);
    expect((await form('text=%20%20')).status).toBe(400);
    expect((await form('{"text": "hi"}', 'application/json')).status).toBe(400);
  });
});
