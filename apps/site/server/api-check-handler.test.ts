import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toBrowserBundle, type RuleBundle } from '@redflags/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter, readRateLimitConfig } from '../src/lib/rate-limit.ts';
import { createApiCheckHandler } from './api-check-handler.ts';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/content/content.json', import.meta.url), 'utf8')) as { bundle: RuleBundle };
const SCAM = 'Amazon: a purchase of $799 was detected on your account. If you did not authorize this purchase, press 1 now.';
const BURST = 3;

let buildDir: string;
let server: Server;
let url: string;

/** A build folder holding only what the fast path reads: client/bundle/rules.<hash>.json. */
function buildWithBundles(names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'redflags-api-check-'));
  mkdirSync(join(dir, 'client/bundle'), { recursive: true });
  for (const name of names) writeFileSync(join(dir, 'client/bundle', name), JSON.stringify(toBrowserBundle(fixture.bundle)));
  return dir;
}

beforeAll(async () => {
  buildDir = buildWithBundles(['rules.0123456789ab.json']);
  const limiter = createRateLimiter(readRateLimitConfig({ REDFLAGS_RATE_LIMIT_BURST: String(BURST), REDFLAGS_RATE_LIMIT_PER_MINUTE: '1' }));
  const apiCheck = createApiCheckHandler(buildDir, limiter);
  // What the fast path leaves alone, Astro would answer: here a plain 404.
  server = createServer((request, response) => {
    if (!apiCheck(request, response)) response.writeHead(404).end('astro');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server?.close(done));
  rmSync(buildDir, { recursive: true, force: true });
});

/** A request on its own connection from `localAddress` (each 127.0.0.x is its own client for the limiter). */
function send(method: string, path: string, body: string, headers: Record<string, string>, localAddress: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = httpRequest(`${url}${path}`, { method, headers, localAddress, agent: false }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const postJson = (body: string, localAddress = '127.0.0.2', path = '/api/check') =>
  send('POST', path, body, { 'content-type': 'application/json' }, localAddress);

describe('the fast /api/check', () => {
  it('answers {"text"} with the CheckResult as uncached JSON with its length', async () => {
    const response = await postJson(JSON.stringify({ text: SCAM }));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(response.body)));
    expect(response.headers['transfer-encoding']).toBeUndefined();
    expect(JSON.parse(response.body)).toMatchObject({ level: 'high', inputLength: SCAM.length });
  });

  it('answers with a trailing slash and a query too, and leaves every other path to Astro', async () => {
    expect((await postJson(JSON.stringify({ text: SCAM }), '127.0.0.3', '/api/check/?x=1')).status).toBe(200);
    expect(await postJson(JSON.stringify({ text: SCAM }), '127.0.0.3', '/api/checks')).toMatchObject({ status: 404, body: 'astro' });
  });

  it('answers 405 with Allow: POST for another method', async () => {
    const response = await send('GET', '/api/check', '', {}, '127.0.0.4');
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
    expect(JSON.parse(response.body)).toEqual({ error: 'use POST with a JSON body {"text": "…"}' });
  });

  it('answers 415, 400 and 413 with messages', async () => {
    expect((await send('POST', '/api/check', 'text=hi', { 'content-type': 'text/plain' }, '127.0.0.5')).status).toBe(415);
    expect((await postJson('{"text": ', '127.0.0.5')).status).toBe(400);
    const tooLong = await postJson(JSON.stringify({ text: 'a'.repeat(fixture.bundle.settings.inputLimit + 1) }), '127.0.0.5');
    expect(tooLong.status).toBe(413);
    expect(JSON.parse(tooLong.body).error).toBe(
      `field "text" is longer than ${fixture.bundle.settings.inputLimit} characters; send the first ${fixture.bundle.settings.inputLimit} characters`,
    );
  });

  it('answers 429 with Retry-After once an address has used its burst, other addresses unaffected', async () => {
    const statuses = [];
    for (let index = 0; index <= BURST; index += 1) statuses.push((await postJson(JSON.stringify({ text: 'hi' }), '127.0.0.6')).status);
    expect(statuses).toEqual([...Array(BURST).fill(200), 429]);
    const refused = await postJson(JSON.stringify({ text: 'hi' }), '127.0.0.6');
    expect(refused.headers['retry-after']).toBe('60');
    expect(JSON.parse(refused.body)).toEqual({ error: 'too many checks from your address; wait 60 seconds and try again' });
    expect((await postJson(JSON.stringify({ text: 'hi' }), '127.0.0.7')).status).toBe(200);
  });
});

describe('createApiCheckHandler', () => {
  it('refuses a build without exactly one rule bundle, saying to rebuild', () => {
    for (const names of [[], ['rules.0123456789ab.json', 'rules.ba9876543210.json']]) {
      const dir = buildWithBundles(names);
      try {
        expect(() => createApiCheckHandler(dir)).toThrow(
          `should hold exactly one rules.<hash>.json, but holds ${names.length}; rebuild the site`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
