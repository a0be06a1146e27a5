// The seed on a small launch set: everything loads and links, a second run writes nothing and
// leaves the same published content, a bad record is reported with its field and the rest loads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteContent } from '../publishing/build-site-content.js';
import { startTestPayload, type TestPayload } from '../testing/start-test-payload.js';
import { smallLaunchContent } from './fixtures/small-launch-content.js';
import { seedLaunchContent, type SeedReport } from './seed.js';

let t: TestPayload;
let first: SeedReport;
beforeAll(async () => {
  t = await startTestPayload();
  first = await seedLaunchContent(t.payload, smallLaunchContent);
});
afterAll(() => t.stop());

describe('seedLaunchContent', () => {
  it('creates every record, then fills the links the first pass could not', async () => {
    // 1 body + 1 brand + 3 rules + 2 guides created; the settings and the first guide (whose related
    // guide and rule did not exist yet) updated; the final pass finds the other guide and the rules done.
    expect(first).toEqual({ created: 7, updated: 2, unchanged: 4, failed: [] });
    const { content, leftOut } = await buildSiteContent(t.payload);
    expect(leftOut).toEqual([]);
    expect(content.bundle.rules.map((rule) => rule.id)).toEqual(['delivery-fee-with-link', 'delivery-fee-words', 'has-link']);
    expect(content.bundle.rules[0]?.match.combination?.allOf).toEqual(['delivery-fee-words', 'has-link']);
    expect(content.bundle.rules[0]?.guides).toEqual(['parcel-fee-text']);
    expect(content.bundle.settings.thresholds).toEqual({ caution: 2, high: 5 });
    const guide = content.guides.find((g) => g.slug === 'parcel-fee-text');
    expect(guide?.relatedRules).toEqual(['delivery-fee-with-link']);
    expect(guide?.relatedGuides).toEqual(['fake-customs-call']);
    expect(guide?.brands).toEqual(['parcelco']);
    expect(guide?.scenario.root.children).toHaveLength(2);
    expect(content.reportingBodies[0]?.nations).toEqual(['england', 'wales']);
  });

  it('writes nothing on a second run and leaves the same published content', async () => {
    const before = await buildSiteContent(t.payload);
    const second = await seedLaunchContent(t.payload, smallLaunchContent);
    expect(second).toEqual({ created: 0, updated: 0, unchanged: 8, failed: [] });
    expect((await buildSiteContent(t.payload)).content).toEqual(before.content);
  });

  it('reports a record the CMS refuses, with its field, and still loads the others', async () => {
    const broken = structuredClone(smallLaunchContent);
    broken.rules[0]!.examples = { mustMatch: ['Nothing here about fees'], mustNotMatch: [] };
    broken.brands.push({ id: 'second-brand', name: 'Second Brand' });
    const report = await seedLaunchContent(t.payload, broken);
    expect(report.failed).toEqual([
      `rules 'delivery-fee-words': examples.mustMatch.0.message: example "Nothing here about fees" must make this rule fire but it did not (none of its phrases, patterns or features matched); change the rule or the example`,
    ]);
    expect(report.created).toBe(1);
    const stored = await t.payload.find({ collection: 'rules', where: { slug: { equals: 'delivery-fee-words' } }, overrideAccess: true });
    expect(stored.docs[0]?.examples?.mustMatch?.[0]?.message).toBe('Pay the redelivery fee of 1.99 today');
  });
});
