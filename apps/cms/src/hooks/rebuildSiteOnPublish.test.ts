// The afterChange hook on a temporary database: publishes in a row make one rebuild call,
// draft saves make none, and an unreachable rebuild URL never fails the save.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PayloadRequest } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giftCardRule, guideData } from '../testing/fixtures.js';
import { startTestPayload, type TestPayload } from '../testing/start-test-payload.js';
import { siteRebuildTrigger } from './rebuildSiteOnPublish.js';

let t: TestPayload;
let server: Server;
const calls: { reasons: string[] }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      calls.push(JSON.parse(body) as { reasons: string[] });
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.SITE_REBUILD_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rebuild`;
  process.env.SITE_REBUILD_DEBOUNCE_MS = '300';
  t = await startTestPayload();
});
afterAll(async () => {
  delete process.env.SITE_REBUILD_URL;
  delete process.env.SITE_REBUILD_DEBOUNCE_MS;
  await t.stop();
  server.close();
});

const settle = () => siteRebuildTrigger({ payload: t.payload } as PayloadRequest)?.settled();

describe('rebuildSiteOnPublish', () => {
  it('turns three publishes in a row into one rebuild call naming all three', async () => {
    calls.length = 0;
    await t.payload.create({ collection: 'rules', data: { ...giftCardRule('r1'), _status: 'published' }, overrideAccess: true });
    await t.payload.create({ collection: 'guides', data: { ...guideData('g1'), _status: 'published' }, overrideAccess: true });
    await t.payload.create({ collection: 'brands', data: { slug: 'acme', name: 'Acme' }, overrideAccess: true });
    await settle();
    expect(calls).toEqual([
      { reasons: ['rules/r1 published', 'guides/g1 published', 'brands/acme saved'], requestedAt: expect.any(String) },
    ]);
  });

  it('makes no call for a draft that was never published', async () => {
    calls.length = 0;
    await t.payload.create({ collection: 'rules', data: { ...giftCardRule('d1'), _status: 'draft' }, draft: true, overrideAccess: true });
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settle();
    expect(calls).toEqual([]);
  });

  it('calls for an unpublish', async () => {
    const doc = await t.payload.create({ collection: 'guides', data: { ...guideData('g2'), _status: 'published' }, overrideAccess: true });
    await settle();
    calls.length = 0;
    await t.payload.update({ collection: 'guides', id: doc.id, data: { _status: 'draft' }, overrideAccess: true });
    await settle();
    expect(calls.map((call) => call.reasons)).toEqual([['guides/g2 unpublished']]);
  });

  it('saves normally when the rebuild URL is unreachable', async () => {
    process.env.SITE_REBUILD_URL = 'http://127.0.0.1:1/rebuild';
    const started = Date.now();
    const doc = await t.payload.create({ collection: 'brands', data: { slug: 'offline', name: 'Offline' }, overrideAccess: true });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(doc.slug).toBe('offline');
    await settle();
  });
});
