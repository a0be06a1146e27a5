// What the built site publishes from the CMS's bundle: /about gives the live model's test-part
// figures and training date (when the content has a model, as the seeded CMS's does), and the bundle file
// the browser downloads is the export's bundle with only what the checker reads (rules, brands, model).
import { gzipSync } from 'node:zlib';
import { toBrowserBundle } from '@redflags/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent, startSite, type RunningSite } from './site-server.js';

let site: RunningSite;
const content = readContent();

beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.stop();
});

describe('the bundle file', () => {
  it('is the export’s bundle with only what the checker reads, and says so in its size', async () => {
    const url = /data-bundle-url="([^"]+)"/.exec(await (await fetch(`${site.url}/check/`)).text())?.[1];
    const text = await (await fetch(`${site.url}${url}`)).text();
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(toBrowserBundle(content.bundle))));
    const kb = (json: string) => `${(gzipSync(json, { level: 9 }).length / 1000).toFixed(1)} KB`;
    console.log(`bundle file: ${kb(text)} gzip; the export's full bundle ${kb(JSON.stringify(content.bundle))}`);
  });
});

describe('/about', () => {
  it('publishes the live model’s test-part figures and when it was trained, or says they are not measured', async () => {
    const html = await (await fetch(`${site.url}/about/`)).text();
    const test = content.bundle.model?.figures.test;
    if (!test) {
      expect(html).toContain('have not been measured yet');
      return;
    }
    const trained = new Date(content.bundle.model!.trainedAt).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(html).toContain(`This version was trained on ${trained}`);
    expect(html).toContain(
      `${test.scams.flagged} of ${test.scams.total}: <strong>${((test.scams.flagged / test.scams.total) * 100).toFixed(1)}%</strong>`,
    );
    expect(html).toContain(
      `${test.harmless.high} of ${test.harmless.total}: <strong>${((test.harmless.high / test.harmless.total) * 100).toFixed(1)}%</strong>`,
    );
    expect(html).toContain('same collections');
    expect(html).not.toContain('kept apart from writing the rules');
  });
});
