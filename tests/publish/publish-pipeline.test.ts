// The publish pipeline: a publish in the CMS reaches the live site within 60 seconds, several publishes make one
// rebuild, and a build that fails keeps the last good site live and is reported.
import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDatabase, logIn, prepareSeededDatabase, startCms, type CmsDatabase } from '../support/cms.js';
import { startLiveSite, type LiveSite } from '../support/live-site.js';
import { freePort, waitUntil, type RunningProcess } from '@redflags/processes';

const GUIDE = 'amazon-fraud-prevention-call';
let cms: RunningProcess & { url: string };
let site: LiveSite;
let auth: string;

/** A word no rule or page contains: letters only, so normalisation leaves it as it is. */
const marker = `zq${Date.now()
  .toString(36)
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`;

let database: CmsDatabase | undefined;

beforeAll(async () => {
  const controlPort = await freePort();
  const rebuildEnv = { SITE_REBUILD_URL: `http://127.0.0.1:${controlPort}/rebuild`, SITE_REBUILD_DEBOUNCE_MS: '300' };
  // The global setup has seeded one database already; copying it saves seeding again.
  const seeded = process.env.REDFLAGS_E2E_DATABASE_DIR;
  database = seeded ? copyDatabase(seeded, rebuildEnv) : prepareSeededDatabase(rebuildEnv);
  cms = await startCms(database);
  site = await startLiveSite(cms.url, { controlPort });
  auth = await logIn(cms.url);
}, 600_000);

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
  if (database) rmSync(database.directory, { recursive: true, force: true });
});

async function cmsJson(path: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${cms.url}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: auth, ...(init.headers ?? {}) },
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

async function pageText(path: string): Promise<string> {
  const response = await fetch(`${site.url}${path}`);
  return response.ok ? response.text() : '';
}

describe('publish → live', () => {
  it('shows a published guide and rule change on the live site within 60 s, in one rebuild', async () => {
    const before = await site.status();
    const guides = (await cmsJson(`/api/guides?where[slug][equals]=${GUIDE}&depth=0`)) as { docs: { id: string; title: string }[] };
    const guide = guides.docs[0]!;
    const rules = (await cmsJson('/api/rules?limit=200&depth=0')) as {
      docs: { id: string; slug: string; match: { phrases?: { phrase: string }[] } }[];
    };
    const rule = rules.docs.find((doc) => (doc.match.phrases ?? []).length > 0)!;

    const started = Date.now();
    await cmsJson(`/api/guides/${guide.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ title: `Is that Amazon fraud prevention call a scam (${marker})?`, _status: 'published' }),
    });
    await cmsJson(`/api/rules/${rule.id}`, {
      method: 'PATCH',
      body: JSON.stringify({
        match: { ...rule.match, phrases: [...(rule.match.phrases ?? []), { phrase: `${marker} parcel` }] },
        _status: 'published',
      }),
    });

    await waitUntil(
      async () => (await pageText(`/guides/${GUIDE}/`)).includes(marker),
      60_000,
      () => `the guide page never showed ${marker}:\n${site.output().slice(-3000)}`,
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(`publish → live: ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThanOrEqual(60);

    expect(await pageText('/guides/')).toContain(marker);
    const bundleUrl = /data-bundle-url="([^"]+)"/.exec(await pageText('/check/'))?.[1];
    expect(bundleUrl).toMatch(/^\/bundle\/rules\.[\w-]+\.json$/);
    const bundle = (await (await fetch(`${site.url}${bundleUrl}`)).json()) as { rules: { id: string; match: { phrases: string[] } }[] };
    expect(bundle.rules.find((r) => r.id === rule.slug)?.match.phrases).toContain(`${marker} parcel`);

    const after = await site.status();
    expect(after.lastGood?.id).not.toBe(before.lastGood?.id);
    // Two publishes a second apart made one build, not a queue: at most one more may follow if
    // the second publish landed after the first build had started.
    expect(after.pending).toBe(false);
  });
});

describe('a build that fails', () => {
  let stub: Server;
  let stubUrl: string;
  let exportBody: Record<string, unknown>;
  let stubSite: LiveSite;

  beforeAll(async () => {
    exportBody = (await (await fetch(`${cms.url}/api/export`)).json()) as Record<string, unknown>;
    stub = createServer((request, response) => {
      if (request.url?.startsWith('/api/export')) {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(exportBody));
      } else {
        response.writeHead(404).end();
      }
    });
    const port = await freePort();
    await new Promise<void>((resolve) => stub.listen(port, '127.0.0.1', resolve));
    stubUrl = `http://127.0.0.1:${port}`;
    stubSite = await startLiveSite(stubUrl);
  }, 300_000);

  afterAll(async () => {
    await stubSite?.stop();
    stub?.close();
  });

  it('keeps the last good site live and reports when, which step and the error', async () => {
    const good = await stubSite.status();
    const goodPage = await (await fetch(`${stubSite.url}/guides/${GUIDE}/`)).text();
    const guides = structuredClone(exportBody.guides) as Record<string, unknown>[];
    guides[0] = { ...guides[0], title: '' };
    exportBody = { ...exportBody, guides };

    await fetch(`${stubSite.controlUrl}/rebuild`, { method: 'POST' });
    await waitUntil(
      async () => (await stubSite.status()).lastFailure !== undefined,
      120_000,
      () => stubSite.output().slice(-3000),
    );

    const failed = await stubSite.status();
    expect(failed.current).toBe(good.current);
    expect(failed.lastGood?.id).toBe(good.lastGood?.id);
    expect(failed.lastFailure?.step).toBe('pages');
    expect(failed.lastFailure?.error).toContain('title');
    expect(Date.parse(failed.lastFailure!.at)).toBeGreaterThan(Date.parse(good.lastGood!.at));

    const response = await fetch(`${stubSite.url}/guides/${GUIDE}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(goodPage);
    const check = await fetch(`${stubSite.url}/api/check`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: stubSite.url },
      body: JSON.stringify({ text: 'Your parcel is held, pay the fee at http://parcel-fee.example' }),
    });
    expect(check.status).toBe(200);
  });
});
