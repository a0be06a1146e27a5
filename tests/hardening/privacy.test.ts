// What the public pastes is never kept: a unique marker posted to /api/check and the no-JS form
// (answered, refused, too long) shows up in no server log and no file written during the test, and
// every such answer says `Cache-Control: no-store`. The browser checker's 0 requests while checking
// are counted in tests/site/checker.test.ts; the /about page says what is and is not sent.
import { randomUUID } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type RunningSite } from '../site/site-server.js';
import { inputLimitOf } from './site-facts.js';

const root = resolve(import.meta.dirname, '../..');
const marker = `rf-privacy-${randomUUID()}`;
const text = `Your parcel fee is unpaid, reply with your card number ${marker}`;
let site: RunningSite;
let startedAt: number;

beforeAll(async () => {
  site = await startSite();
  // File times can be a little coarse: count anything written from a second before the posts.
  startedAt = Date.now() - 1000;
});
afterAll(async () => {
  await site?.stop();
});

/** Files under `dir` modified since `since`, skipping symlinks, node_modules and what cannot be read. */
function filesWrittenSince(dir: string, since: number): string[] {
  const found: string[] = [];
  const walk = (path: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(path, entry.name);
      if (entry.isSymbolicLink() || entry.name === 'node_modules') continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        try {
          const stat = lstatSync(full);
          if (stat.mtimeMs >= since && stat.size < 50_000_000) found.push(full);
        } catch {
          // Removed while walking: nothing to read.
        }
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return found;
}

describe('privacy of checked text', () => {
  it('answers every post of the text with Cache-Control: no-store', async () => {
    const api = (body: string) => fetch(`${site.url}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const form = (value: string) =>
      fetch(`${site.url}/check/result/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site.url },
        body: new URLSearchParams({ text: value }).toString(),
      });
    const tooLong = `${text} ${'x'.repeat(await inputLimitOf(site.url))}`;
    const responses = [
      await api(JSON.stringify({ text })),
      await api(`{"text": "${marker}`),
      await api(JSON.stringify({ text: tooLong })),
      await form(text),
      await form(tooLong),
    ];
    expect(responses.map((response) => response.status)).toEqual([200, 400, 413, 200, 413]);
    for (const response of responses) expect(response.headers.get('cache-control'), String(response.status)).toBe('no-store');
  });

  it('writes the text to no server log', async () => {
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 300));
    expect(site.log()).not.toContain(marker);
  });

  it('writes the text to no file: build, snapshot, content cache or the temp folder', () => {
    const places = [
      join(root, 'tests/site/.build'),
      join(root, 'apps/site/dist'),
      join(root, 'apps/site/.content'),
      join(root, 'apps/site/.builds'),
      join(root, 'apps/site/.astro'),
      tmpdir(),
    ];
    let scanned = 0;
    for (const place of places) {
      for (const file of filesWrittenSince(place, startedAt)) {
        scanned += 1;
        let content: Buffer;
        try {
          content = readFileSync(file);
        } catch {
          continue;
        }
        expect(content.includes(marker), file).toBe(false);
      }
    }
    console.log(`privacy: ${scanned} files written during the test in ${places.length} places; the marker is in none`);
  });

  it('says on /about exactly what is and is not sent', async () => {
    const html = await (await fetch(`${site.url}/about/`)).text();
    const privacy =
      /<h2 id="privacy">[\s\S]*?<\/ul>/
        .exec(html)?.[0]
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ') ?? '';
    for (const promise of [
      'what you paste is checked in your browser and is not sent anywhere',
      'pressing the button sends nothing',
      'With JavaScript off, or through our API (/api/check): your text is sent to our server, which checks it in memory, sends back the result and forgets it. The text is not logged, stored or shared.',
      'your internet address and the pages you ask for. It keeps no log of them.',
      'counts checks per address in memory and forgets the count within two minutes of your last check',
      'We set no cookies and use no analytics or advertising trackers.',
      'never your search words',
      'that choice is kept in your browser only (its local storage), never sent',
    ]) {
      expect(privacy).toContain(promise);
    }
  });
});
