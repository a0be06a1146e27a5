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
    // 1 body + 1 set of next steps + 1 brand + 1 sign + 3 rules + 2 guides created; the settings and the
    // first guide (whose related guide and rule did not exist yet) updated; the final pass finds the other
    // guide and the rules done.
    expect(first).toEqual({ created: 9, updated: 2, unchanged: 4, failed: [] });
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
    expect(content.bundle.signs).toEqual([{ id: 'parcel-fee', title: 'Asks for a fee to deliver a parcel', order: 5 }]);
    expect(content.bundle.rules.map((rule) => rule.sign)).toEqual(['parcel-fee', 'parcel-fee', undefined]);
    expect(content.nextSteps.map((steps) => [steps.id, steps.steps.map((step) => step.channels), steps.sources.length])).toEqual([
      ['uk-paid', [[], ['text']], 1],
    ]);
  });

  it('writes nothing on a second run and leaves the same published content', async () => {
    const before = await buildSiteContent(t.payload);
    const second = await seedLaunchContent(t.payload, smallLaunchContent);
    expect(second).toEqual({ created: 0, updated: 0, unchanged: 10, failed: [] });
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

describe('next steps in the CMS', () => {
  const data = {
    slug: 'uk-paid-again',
    country: 'uk' as const,
    happened: 'paid' as 'paid' | 'nothing-yet',
    steps: [{ step: 'Call your bank.' }],
    sources: [{ title: 'A page', url: 'https://example.org/' }],
  };

  it('refuses a second set for the same country and answer, naming the one that holds it', async () => {
    await expect(t.payload.create({ collection: 'next-steps', data, overrideAccess: true })).rejects.toMatchObject({
      data: {
        errors: [{ path: 'happened', message: "'uk-paid' already holds the steps for this country and answer; edit that one instead" }],
      },
    });
  });

  it('refuses steps without an official source, and a source that is not a web address', async () => {
    await expect(
      t.payload.create({ collection: 'next-steps', data: { ...data, happened: 'nothing-yet', sources: [] }, overrideAccess: true }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'sources', message: 'name at least one official source for these steps' }] },
    });
    await expect(
      t.payload.create({
        collection: 'next-steps',
        data: { ...data, happened: 'nothing-yet', sources: [{ title: 'x', url: 'javascript:alert(1)' }] },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'sources.0.url' }] } });
  });

  it('lets an editor change the steps of an existing set', async () => {
    const [stored] = (await t.payload.find({ collection: 'next-steps', where: { slug: { equals: 'uk-paid' } }, overrideAccess: true }))
      .docs;
    const updated = await t.payload.update({
      collection: 'next-steps',
      id: stored!.id,
      data: { steps: [{ step: 'Call 159 now.' }] },
      overrideAccess: true,
    });
    expect(updated.steps?.map((row) => row.step)).toEqual(['Call 159 now.']);
  });
});

describe('warning signs in the CMS', () => {
  it('refuses a sign whose title is too short, naming the field', async () => {
    await expect(
      t.payload.create({ collection: 'signs', data: { slug: 'odd-sign', title: 'x' }, overrideAccess: true }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'title', message: 'must be at least 3 characters' }] },
    });
  });

  it('keeps a rule whose sign is deleted, as a sign of its own', async () => {
    const [sign] = (await t.payload.find({ collection: 'signs', where: { slug: { equals: 'parcel-fee' } }, overrideAccess: true })).docs;
    await t.payload.delete({ collection: 'signs', id: sign!.id, overrideAccess: true });
    const { content, leftOut } = await buildSiteContent(t.payload);
    expect(leftOut).toEqual([]);
    expect(content.bundle.signs).toEqual([]);
    expect(content.bundle.rules.map((rule) => [rule.id, rule.sign])).toEqual([
      ['delivery-fee-with-link', undefined],
      ['delivery-fee-words', undefined],
      ['has-link', undefined],
    ]);
  });
});
