// Faults around publishing: a broken rule bundle from the CMS fails its build and the live site keeps
// serving the last good build (pages and /api/check); a CMS that is down makes the build use the last
// content snapshot and say so, or fail clearly when there is none, never building an empty site.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { freePort, startProcess, type RunningProcess } from '@redflags/processes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = join(import.meta.dirname, '.builds');
const snapshot = join(work, 'snapshot/content.json');
const goodContent = JSON.parse(readFileSync(join(root, 'apps/site/fixtures/content/content.json'), 'utf8')) as {
  bundle: { rules: { id: string; match: { patterns: unknown[] } }[] };
};
const SCAM = 'Amazon: a purchase of $799 was detected on your account. If you did not authorize this purchase, press 1 now.';

/** A stand-in CMS whose export the test can break or take down. */
let exportBody = JSON.stringify(goodContent);
let cms: Server;
let cmsUrl: string;
let live: RunningProcess;
let siteUrl: string;
let controlUrl: string;

interface Status {
  current?: string;
  lastGood?: { id: string };
  lastFailure?: { step: string; error: string; at: string };
  building: boolean;
  pending: boolean;
}
const status = async (): Promise<Status> => (await fetch(`${controlUrl}/status`)).json() as Promise<Status>;

async function settled(until: (s: Status) => boolean, timeoutMs = 240_000): Promise<Status> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await status().catch(() => undefined);
    if (now && !now.building && !now.pending && until(now)) return now;
    if (Date.now() > deadline) throw new Error(`the live site did not settle:\n${live.output().slice(-3000)}`);
    await new Promise((done) => setTimeout(done, 500));
  }
}

async function checkApi(): Promise<{ status: number; level?: string }> {
  const response = await fetch(`${siteUrl}/api/check`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: SCAM }),
  });
  return { status: response.status, level: ((await response.json()) as { level?: string }).level };
}
const bundleUrlOf = async () => /data-bundle-url="([^"]+)"/.exec(await (await fetch(`${siteUrl}/check/`)).text())?.[1];

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cms = createServer((request, response) => {
    if (request.url !== '/api/export') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/json' }).end(exportBody);
  });
  await new Promise<void>((done) => cms.listen(0, '127.0.0.1', done));
  cmsUrl = `http://127.0.0.1:${(cms.address() as AddressInfo).port}`;
  const [port, controlPort] = [await freePort(), await freePort()];
  siteUrl = `http://127.0.0.1:${port}`;
  controlUrl = `http://127.0.0.1:${controlPort}`;
  live = startProcess(process.execPath, [join(root, 'apps/site/server/live-site.ts')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      REDFLAGS_REBUILD_PORT: String(controlPort),
      REDFLAGS_CONTENT: cmsUrl,
      REDFLAGS_CONTENT_SNAPSHOT: snapshot,
      REDFLAGS_BUILDS_DIR: join(work, 'live'),
      REDFLAGS_REBUILD_DEBOUNCE_MS: '100',
    },
  });
  const started = Date.now();
  const first = await settled((s) => s.lastGood !== undefined || s.lastFailure !== undefined);
  if (!first.lastGood) throw new Error(`the live site's first build failed at "${first.lastFailure?.step}":\n${first.lastFailure?.error}`);
  console.log(`live site: first build in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

afterAll(async () => {
  await live?.stop();
  await new Promise((done) => cms?.close(done));
  rmSync(work, { recursive: true, force: true });
});

describe('a broken bundle from the CMS', () => {
  it('fails its build, and the last good site and /api/check keep answering', async () => {
    const before = await status();
    const bundleBefore = await bundleUrlOf();
    expect(await checkApi()).toEqual({ status: 200, level: 'high' });

    const broken = structuredClone(goodContent);
    const rule = broken.bundle.rules.find((r) => r.id === 'unexpected-purchase-alert');
    if (!rule) throw new Error('the fixture has no rule unexpected-purchase-alert');
    rule.match.patterns = [{ regex: '([', literal: 'purchase' }];
    exportBody = JSON.stringify(broken);
    const started = Date.now();
    await fetch(`${controlUrl}/rebuild`, { method: 'POST' });
    // Settle on either outcome, so a build that wrongly succeeds fails the assertions below at once.
    const after = await settled((s) => s.lastFailure !== undefined || s.lastGood?.id !== before.lastGood?.id);
    console.log(`broken bundle: build refused in ${((Date.now() - started) / 1000).toFixed(1)} s at step "${after.lastFailure?.step}"`);

    expect(after.current).toBe(before.current);
    expect(after.lastGood?.id).toBe(before.lastGood?.id);
    expect(after.lastFailure?.step).toBe('pages');
    expect(after.lastFailure?.error).toContain(
      "bundle › the rule bundle, rule 'unexpected-purchase-alert' › match.patterns.0.regex: pattern `([` is not a valid regular expression",
    );
    expect(await bundleUrlOf()).toBe(bundleBefore);
    expect((await fetch(siteUrl + (bundleBefore ?? ''))).status).toBe(200);
    expect((await fetch(`${siteUrl}/guides/amazon-fraud-prevention-call/`)).status).toBe(200);
    expect(await checkApi()).toEqual({ status: 200, level: 'high' });
  });

  it('never becomes the content snapshot a later build falls back to', () => {
    const kept = JSON.parse(readFileSync(snapshot, 'utf8')) as typeof goodContent;
    expect(kept.bundle.rules.find((r) => r.id === 'unexpected-purchase-alert')?.match.patterns).toEqual(
      goodContent.bundle.rules.find((r) => r.id === 'unexpected-purchase-alert')?.match.patterns,
    );
  });
});

describe('the CMS is down while the site builds', () => {
  const build = (outDir: string, snapshotPath: string) =>
    spawnSync('npm', ['run', 'build', '-w', '@redflags/site'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, REDFLAGS_CONTENT: cmsUrl, REDFLAGS_CONTENT_SNAPSHOT: snapshotPath, REDFLAGS_SITE_OUT_DIR: outDir },
    });

  it('builds from the last snapshot and says so', async () => {
    await new Promise((done) => cms.close(done));
    const outDir = join(work, 'from-snapshot');
    const started = Date.now();
    const result = build(outDir, snapshot);
    const output = `${result.stdout}\n${result.stderr}`;
    console.log(`CMS down, snapshot present: build exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(result.status, output.slice(-2000)).toBe(0);
    expect(output).toContain(`!!! REDFLAGS: the CMS export at ${cmsUrl}/api/export could not be read`);
    expect(output).toContain(`!!! Building from the last snapshot, ${snapshot}`);
    expect(output).toMatch(/\[redflags\] content from the SNAPSHOT .*: 3 guides/);
    for (const slug of ['amazon-fraud-prevention-call', 'fake-delivery-text', 'one-time-code-theft']) {
      expect(existsSync(join(outDir, `client/guides/${slug}/index.html`)), slug).toBe(true);
    }
  });

  it('fails clearly when there is no snapshot, and leaves no site behind', () => {
    const outDir = join(work, 'no-snapshot');
    const result = build(outDir, join(work, 'missing/content.json'));
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain(`Could not read the CMS export at ${cmsUrl}/api/export`);
    expect(output).toContain(`there is no snapshot at ${join(work, 'missing/content.json')}`);
    expect(output).toContain('Start the CMS (npm start) or set REDFLAGS_CONTENT to a directory holding content.json.');
    expect(existsSync(join(outDir, 'client/index.html'))).toBe(false);
    expect(existsSync(join(outDir, 'client/guides'))).toBe(false);
  });
});
