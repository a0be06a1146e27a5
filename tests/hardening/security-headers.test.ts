// Every kind of response the site gives carries the security headers: each page type, static assets,
// pagefind's files, the rule bundle, and /api/check and the no-JS form for every status they answer.
// (tests/site/api-check.test.ts checks a few of these; this is the full table.)
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertSecurityHeaders } from '../site/security-headers.js';
import { buildSiteForTests, startSite, type RunningSite } from '../site/site-server.js';
import { inputLimitOf, samplePagesOf } from './site-facts.js';

let site: RunningSite;
let client: string;
let pages: [string, number][];
let inputLimit: number;
beforeAll(async () => {
  client = join(buildSiteForTests(), 'client');
  site = await startSite({ REDFLAGS_RATE_LIMIT_BURST: '4', REDFLAGS_RATE_LIMIT_PER_MINUTE: '1' });
  const sample = await samplePagesOf(site.url);
  inputLimit = await inputLimitOf(site.url);
  pages = [...FIXED_PAGES, [sample.guide, 200], [sample.channel, 200], [sample.brand, 200]];
});
afterAll(async () => {
  await site?.stop();
});

/** Every file under a folder of the build, as site paths. */
function filesUnder(folder: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return walk(join(client, folder)).map((file) => `/${relative(client, file)}`);
}

const FIXED_PAGES: [string, number][] = [
  ['/', 200],
  ['/guides/', 200],
  ['/report/', 200],
  ['/report/uk/', 200],
  ['/report/other/', 200],
  ['/check/', 200],
  ['/about/', 200],
  ['/rss.xml', 200],
  ['/sitemap-index.xml', 200],
  ['/favicon.svg', 200],
  ['/no-such-page/', 404],
  ['/_astro/no-such-file.js', 404],
  ['/check/result/', 303],
];

describe('security headers on every response', () => {
  it('are on every page type: home, guide index, a guide, channel and brand lists, reports, checker, about, feeds, 404, redirect', async () => {
    for (const [path, status] of pages) {
      const response = await fetch(site.url + path, { redirect: 'manual' });
      expect(response.status, path).toBe(status);
      assertSecurityHeaders(response.headers, path);
    }
    console.log(`security headers checked on ${pages.length} pages: ${pages.map(([path]) => path).join(' ')}`);
  });

  it('are on every built script, stylesheet and the rule bundle', async () => {
    const assets = [...filesUnder('_astro'), ...filesUnder('bundle')];
    expect(assets.filter((path) => path.endsWith('.js')).length).toBeGreaterThanOrEqual(2);
    expect(assets.some((path) => path.endsWith('.css'))).toBe(true);
    for (const path of assets) {
      const response = await fetch(site.url + path);
      expect(response.status, path).toBe(200);
      assertSecurityHeaders(response.headers, path);
    }
    console.log(`security headers checked on ${assets.length} built assets`);
  });

  it('are on pagefind’s scripts, its WebAssembly, index and fragments', async () => {
    const files = filesUnder('pagefind');
    expect(files.some((path) => path.endsWith('.wasm') || path.includes('wasm'))).toBe(true);
    expect(files.some((path) => path.includes('/fragment/'))).toBe(true);
    for (const path of files) {
      const response = await fetch(site.url + path);
      expect(response.status, path).toBe(200);
      assertSecurityHeaders(response.headers, path);
    }
    console.log(`security headers checked on ${files.length} pagefind files`);
  });

  it('are on /api/check answers of every status: 200, 400, 405, 413, 415 and 429', async () => {
    const post = (body: string, contentType = 'application/json') =>
      fetch(`${site.url}/api/check`, { method: 'POST', headers: { 'content-type': contentType }, body });
    const responses = [
      await post(JSON.stringify({ text: 'Your parcel is waiting: pay the fee' })),
      await post('{"text": '),
      await fetch(`${site.url}/api/check`),
      await post('<text/>', 'application/xml'),
    ];
    // The burst is 4: the fifth post still gets its 413, the sixth its 429, headers still there.
    responses.push(await post(JSON.stringify({ text: 'a'.repeat(inputLimit + 1) })), await post(JSON.stringify({ text: 'one more' })));
    expect(responses.map((response) => response.status)).toEqual([200, 400, 405, 415, 413, 429]);
    for (const response of responses) assertSecurityHeaders(response.headers, `/api/check ${response.status}`);
  });

  it('are on the no-JS form answers: 403 for a cross-site post, 429 when limited', async () => {
    const form = (origin: string) =>
      fetch(`${site.url}/check/result/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
        body: 'text=hello',
      });
    const crossSite = await form('https://evil.example');
    expect(crossSite.status).toBe(403);
    assertSecurityHeaders(crossSite.headers, 'form 403');
    const limited = await form(site.url);
    expect(limited.status).toBe(429);
    assertSecurityHeaders(limited.headers, 'form 429');
  });
});
