// What the built site publishes from the CMS's bundle (issue 13): /about gives the live model's test-part
// figures and training date (when the content has a model, as the seeded CMS's does), and the bundle file
// the browser downloads leaves out the rules' examples but keeps the rules and the model.
import { gzipSync } from 'node:zlib';
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
  it('has every rule and the model of the export, without the rules’ examples', async () => {
    const url = /data-bundle-url="([^"]+)"/.exec(await (await fetch(`${site.url}/check/`)).text())?.[1];
    const text = await (await fetch(`${site.url}${url}`)).text();
    const served = JSON.parse(text) as { rules: { id: string; examples?: unknown }[]; model?: unknown };
    expect(served.rules.map((rule) => rule.id)).toEqual(content.bundle.rules.map((rule) => rule.id));
    expect(served.rules.filter((rule) => rule.examples !== undefined)).toEqual([]);
    expect(served.model).toEqual(content.bundle.model);
    const exported = JSON.stringify(content.bundle);
    console.log(`bundle file: ${(gzipSync(text, { level: 9 }).length / 1000).toFixed(1)} KB gzip; with examples ${(gzipSync(exported, { level: 9 }).length / 1000).toFixed(1)} KB`);
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
    const trained = new Date(content.bundle.model!.trainedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(html).toContain(`This version was trained on ${trained}`);
    expect(html).toContain(`${test.scams.flagged} of ${test.scams.total}: <strong>${((test.scams.flagged / test.scams.total) * 100).toFixed(1)}%</strong>`);
    expect(html).toContain(`${test.harmless.high} of ${test.harmless.total}: <strong>${((test.harmless.high / test.harmless.total) * 100).toFixed(1)}%</strong>`);
    expect(html).toContain('same collections');
    expect(html).not.toContain('kept apart from writing the rules');
  });
});
