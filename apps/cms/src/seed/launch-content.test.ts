// The real launch content loads into an empty CMS without a single refusal: what the first
// start of a fresh install does. Slow (every rule is compiled with the engine as it is published).
import { readLaunchContent } from '@redflags/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteContent } from '../publishing/build-site-content.js';
import { startTestPayload, type TestPayload } from '../testing/start-test-payload.js';
import { seedLaunchContent, type SeedReport } from './seed.js';

const launchContent = readLaunchContent();
let t: TestPayload;
let report: SeedReport;
beforeAll(async () => {
  t = await startTestPayload();
  const started = Date.now();
  report = await seedLaunchContent(t.payload, launchContent);
  process.stdout.write(`launch content seeded in ${Date.now() - started} ms\n`);
}, 600_000);
afterAll(() => t.stop());

describe('the launch content', () => {
  it('is accepted whole by the CMS and published in the export', async () => {
    expect(report.failed).toEqual([]);
    const { content, leftOut } = await buildSiteContent(t.payload);
    expect(leftOut).toEqual([]);
    expect(content.guides.map((g) => g.slug).sort()).toEqual(launchContent.guides.map((g) => g.slug).sort());
    expect(content.bundle.rules.map((r) => r.id).sort()).toEqual(launchContent.rules.map((r) => r.id).sort());
    expect(content.brands).toHaveLength(launchContent.brands.length);
    expect(content.reportingBodies).toHaveLength(launchContent.reportingBodies.length);
  });
});
