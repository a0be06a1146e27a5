import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../src/security-headers.mjs';
import { loadBuildHandler, withSiteHeaders, type RequestHandler } from './site-handler.ts';

let server: Server | undefined;
afterEach(async () => {
  await new Promise((done) => server?.close(done) ?? done(undefined));
  server = undefined;
});

/** Serves `withSiteHeaders(current)` on a free port; returns its address. */
async function serve(current: () => RequestHandler | undefined): Promise<string> {
  server = createServer(withSiteHeaders(current));
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
const ok: RequestHandler = (_request, response) => void response.writeHead(200, { 'content-type': 'text/plain' }).end('page');

describe('withSiteHeaders', () => {
  it('sets every security header on what the handler answers', async () => {
    const response = await fetch(`${await serve(() => ok)}/guides/`);
    expect(await response.text()).toBe('page');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
  });

  it('leaves the framing headers of a draft preview to the middleware', async () => {
    const response = await fetch(`${await serve(() => ok)}/preview/guides/7/?key=abc`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    for (const name of ['content-security-policy', 'x-frame-options', 'cross-origin-opener-policy'])
      expect(response.headers.get(name), name).toBeNull();
  });

  it('caches the hashed rule bundle for a year', async () => {
    const response = await fetch(`${await serve(() => ok)}/bundle/rules.0123456789ab.json`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers 503 with Retry-After while there is no build yet, then the build once there is one', async () => {
    let current: RequestHandler | undefined;
    const url = await serve(() => current);
    const waiting = await fetch(`${url}/`);
    expect(waiting.status).toBe(503);
    expect(waiting.headers.get('retry-after')).toBe('10');
    expect(await waiting.text()).toBe('Redflags is building the site for the first time. Try again in a few seconds.\n');
    current = ok;
    expect((await fetch(`${url}/`)).status).toBe(200);
  });
});

describe('loadBuildHandler', () => {
  it('refuses a folder that holds no build', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'redflags-no-build-'));
    try {
      await expect(loadBuildHandler(empty)).rejects.toThrow(/server\/entry\.mjs/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
