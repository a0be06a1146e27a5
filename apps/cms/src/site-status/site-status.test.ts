// GET /api/site-status against a stub standing in for the live site's control server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../testing/fixtures.js';
import { startTestPayload, type TestPayload } from '../testing/start-test-payload.js';
import { statusUrlFor } from './site-status.js';

const lastGood = { id: 'b-20261125-1', at: '2026-11-25T10:00:00.000Z', seconds: 21.4, reason: 'publish', fingerprint: 'abc' };
const lastFailure = { at: '2026-11-25T11:00:00.000Z', step: 'astro build', error: 'guide "x": scenario is empty', reason: 'publish' };

let t: TestPayload;
let stub: Server;
let stubUrl: string;
let stubBody: unknown = {};
let requestedPaths: string[] = [];
const originalUrl = process.env.SITE_REBUILD_URL;
const tokens: Record<'editor' | 'author', string> = { editor: '', author: '' };

beforeAll(async () => {
  stub = createServer((request, response) => {
    requestedPaths.push(request.url ?? '');
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(stubBody));
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  t = await startTestPayload();
  for (const role of ['editor', 'author'] as const) {
    const user = await createUser(t.payload, role);
    tokens[role] =
      (await t.payload.login({ collection: 'users', data: { email: user.email, password: 'correct horse battery' } })).token ?? '';
  }
});
afterAll(async () => {
  process.env.SITE_REBUILD_URL = originalUrl;
  if (originalUrl === undefined) delete process.env.SITE_REBUILD_URL;
  await new Promise<void>((resolve) => stub.close(() => resolve()));
  await t.stop();
});

const getStatus = (role?: 'editor' | 'author') =>
  t.fetchApi('/api/site-status', role ? { headers: { Authorization: `JWT ${tokens[role]}` } } : {});

describe('statusUrlFor', () => {
  it('replaces /rebuild with /status', () => {
    expect(statusUrlFor('http://127.0.0.1:4322/rebuild')).toBe('http://127.0.0.1:4322/status');
    expect(statusUrlFor('https://hooks.example/site/')).toBe('https://hooks.example/site/status');
  });
});

describe('GET /api/site-status', () => {
  it('reports a failure newer than the last good build as failing, from <rebuild url>/status', async () => {
    process.env.SITE_REBUILD_URL = `${stubUrl}/rebuild`;
    stubBody = { current: 'b-20261125-1', building: false, pending: false, lastGood, lastFailure };
    requestedPaths = [];
    const response = await getStatus('editor');
    expect(response.status).toBe(200);
    expect(requestedPaths).toEqual(['/status']);
    expect(await response.json()).toEqual({
      configured: true,
      reachable: true,
      current: 'b-20261125-1',
      building: false,
      pending: false,
      lastGood: { id: 'b-20261125-1', at: lastGood.at, seconds: 21.4, reason: 'publish' },
      lastFailure,
      failing: true,
    });
  });

  it('is not failing when the last good build came after the failure', async () => {
    process.env.SITE_REBUILD_URL = `${stubUrl}/rebuild`;
    stubBody = { current: 'b2', building: true, pending: false, lastGood: { ...lastGood, at: '2026-11-25T12:00:00.000Z' }, lastFailure };
    expect(await (await getStatus('editor')).json()).toMatchObject({ reachable: true, building: true, failing: false });
  });

  it('answers reachable: false with the address when the live site does not answer', async () => {
    process.env.SITE_REBUILD_URL = 'http://127.0.0.1:1/rebuild';
    const body = (await (await getStatus('editor')).json()) as { configured: boolean; reachable: boolean; error: string };
    expect(body).toMatchObject({ configured: true, reachable: false });
    expect(body.error).toMatch(/^could not reach http:\/\/127\.0\.0\.1:1\/status \(/);
  });

  it('answers configured: false without SITE_REBUILD_URL', async () => {
    delete process.env.SITE_REBUILD_URL;
    expect(await (await getStatus('editor')).json()).toEqual({ configured: false });
  });

  it('refuses anonymous visitors and authors with 403', async () => {
    process.env.SITE_REBUILD_URL = `${stubUrl}/rebuild`;
    requestedPaths = [];
    expect((await getStatus()).status).toBe(403);
    expect((await getStatus('author')).status).toBe(403);
    expect(requestedPaths).toEqual([]);
  });
});
