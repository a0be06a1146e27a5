import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ContentUnavailableError, FIXTURE_CONTENT, loadSiteContent } from './load-site-content.js';
import { SiteContentError } from './validate-site-content.js';

const fixtureText = readFileSync(join(FIXTURE_CONTENT, 'content.json'), 'utf8');
let work: string;
let snapshotPath: string;
let warnings: string[];
const warn = (message: string) => void warnings.push(message);

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'redflags-site-loader-'));
  snapshotPath = join(work, 'snapshot', 'content.json');
  warnings = [];
});

const cmsAnswering = (body: string, status = 200): typeof fetch =>
  (async () => new Response(body, { status, headers: { 'content-type': 'application/json' } })) as typeof fetch;
const cmsDown: typeof fetch = async () => {
  throw new TypeError('fetch failed');
};

describe('loadSiteContent', () => {
  it('reads content.json from a directory and keeps a snapshot', async () => {
    const loaded = await loadSiteContent({ source: FIXTURE_CONTENT, snapshotPath, warn });
    expect(loaded.origin).toBe('directory');
    expect(loaded.content.guides).toHaveLength(3);
    expect(JSON.parse(readFileSync(snapshotPath, 'utf8')).guides).toHaveLength(3);
    expect(warnings).toEqual([]);
  });

  it('fetches /api/export from a CMS URL', async () => {
    const requested: string[] = [];
    const fetchImpl = (async (url: string | URL | Request) => {
      requested.push(String(url));
      return new Response(fixtureText, { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const loaded = await loadSiteContent({ source: 'http://cms.test:3000', snapshotPath, warn, fetch: fetchImpl });
    expect(requested).toEqual(['http://cms.test:3000/api/export']);
    expect(loaded.origin).toBe('cms');
    expect(existsSync(snapshotPath)).toBe(true);
  });

  it('builds from the last snapshot, loudly, when the CMS cannot be reached', async () => {
    await loadSiteContent({ source: FIXTURE_CONTENT, snapshotPath, warn });
    const loaded = await loadSiteContent({ source: 'http://cms.test:3000/', snapshotPath, warn, fetch: cmsDown });
    expect(loaded.origin).toBe('snapshot');
    expect(loaded.content.guides).toHaveLength(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('could not be read (fetch failed)');
    expect(warnings[0]).toContain(`Building from the last snapshot, ${snapshotPath}, exported 2026-11-20T09:00:00.000Z`);
  });

  it('treats a CMS error status as unreachable and falls back to the snapshot', async () => {
    await loadSiteContent({ source: FIXTURE_CONTENT, snapshotPath, warn });
    const loaded = await loadSiteContent({ source: 'http://cms.test', snapshotPath, warn, fetch: cmsAnswering('{}', 502) });
    expect(loaded.origin).toBe('snapshot');
    expect(warnings[0]).toContain('HTTP 502');
  });

  it('fails, never builds an empty site, when the CMS is down and there is no snapshot', async () => {
    await expect(loadSiteContent({ source: 'http://cms.test', snapshotPath, warn, fetch: cmsDown })).rejects.toThrow(
      ContentUnavailableError,
    );
    await expect(loadSiteContent({ source: 'http://cms.test', snapshotPath, warn, fetch: cmsDown })).rejects.toThrow(
      /there is no snapshot at .*Start the CMS/,
    );
  });

  it('fails on invalid content from the CMS instead of falling back, and keeps the old snapshot', async () => {
    await loadSiteContent({ source: FIXTURE_CONTENT, snapshotPath, warn });
    const broken = JSON.parse(fixtureText);
    broken.guides[0].redFlags = [];
    await expect(
      loadSiteContent({ source: 'http://cms.test', snapshotPath, warn, fetch: cmsAnswering(JSON.stringify(broken)) }),
    ).rejects.toThrow(SiteContentError);
    expect(JSON.parse(readFileSync(snapshotPath, 'utf8')).guides[0].redFlags).toHaveLength(4);
  });

  it('says which file is not JSON', async () => {
    writeFileSync(join(work, 'content.json'), '{ not json');
    await expect(loadSiteContent({ source: work, snapshotPath, warn })).rejects.toThrow(
      `REDFLAGS_CONTENT: ${join(work, 'content.json')} is not valid JSON`,
    );
  });

  it('says what to do when the directory has no content.json', async () => {
    await expect(loadSiteContent({ source: join(work, 'missing'), snapshotPath, warn })).rejects.toThrow(
      /cannot read .*missing\/content\.json \(ENOENT\); point it at a directory holding content\.json/,
    );
  });
});
