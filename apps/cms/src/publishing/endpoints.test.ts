// GET /api/bundle and GET /api/export on a temporary database: valid against the schema,
// published content only, compiles with the engine, ETag and 304.
import { compileBundle } from '@redflags/engine';
import { RuleBundle, SiteContent } from '@redflags/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giftCardRule, guideData } from '../testing/fixtures.js';
import { startTestPayload, type TestPayload } from '../testing/start-test-payload.js';

let t: TestPayload;
let publishedWithDraftId: string | number;

beforeAll(async () => {
  t = await startTestPayload();
  const { payload } = t;
  await payload.updateGlobal({ slug: 'checker-settings', data: { thresholds: { caution: 2, high: 4 } }, overrideAccess: true });
  await payload.create({
    collection: 'brands',
    data: { slug: 'acme-bank', name: 'Acme Bank', domains: ['acmebank.example'] },
    overrideAccess: true,
  });
  const guide = await payload.create({
    collection: 'guides',
    data: { ...guideData('gift-card-guide'), _status: 'published' },
    overrideAccess: true,
  });
  await payload.create({
    collection: 'guides',
    data: { ...guideData('draft-guide'), _status: 'draft' },
    draft: true,
    overrideAccess: true,
  });
  await payload.create({
    collection: 'rules',
    data: { ...giftCardRule('gift-card-payment'), guides: [guide.id], _status: 'published' },
    overrideAccess: true,
  });
  await payload.create({
    collection: 'rules',
    data: { ...giftCardRule('draft-only-rule'), _status: 'draft' },
    draft: true,
    overrideAccess: true,
  });
  const withDraft = await payload.create({
    collection: 'rules',
    data: {
      ...giftCardRule('urgent-deadline'),
      title: 'Says you must act today',
      match: { phrases: [{ phrase: 'within 24 hours' }] },
      examples: { mustMatch: [{ message: 'Pay within 24 hours or lose access.' }], mustNotMatch: [] },
      _status: 'published',
    },
    overrideAccess: true,
  });
  publishedWithDraftId = withDraft.id;
  await payload.update({
    collection: 'rules',
    id: withDraft.id,
    data: { title: 'DRAFT TITLE NOT PUBLISHED' },
    draft: true,
    overrideAccess: true,
  });
});
afterAll(() => t.stop());

describe('GET /api/bundle', () => {
  it('returns the published rules, brands, guide summaries and settings, valid against RuleBundle', async () => {
    const response = await t.fetchApi('/api/bundle');
    expect(response.status).toBe(200);
    const bundle = RuleBundle.parse(await response.json());
    expect(bundle.rules.map((rule) => rule.id)).toEqual(['gift-card-payment', 'urgent-deadline']);
    expect(bundle.rules[0]?.guides).toEqual(['gift-card-guide']);
    expect(bundle.brands.map((brand) => brand.id)).toEqual(['acme-bank']);
    expect(bundle.guides.map((guide) => guide.slug)).toEqual(['gift-card-guide']);
    expect(bundle.settings.thresholds).toEqual({ caution: 2, high: 4 });
  });

  it('never contains a draft, nor the draft text of a published rule', async () => {
    const text = await (await t.fetchApi('/api/bundle')).text();
    expect(text).not.toContain('draft-only-rule');
    expect(text).not.toContain('draft-guide');
    expect(text).not.toContain('DRAFT TITLE NOT PUBLISHED');
    const bundle = RuleBundle.parse(JSON.parse(text));
    expect(bundle.rules.find((rule) => rule.id === 'urgent-deadline')?.title).toBe('Says you must act today');
  });

  it('compiles with the engine and flags a gift-card demand', async () => {
    const checker = compileBundle(await (await t.fetchApi('/api/bundle')).json(), { checkExamples: true });
    const result = checker.check('Go to the shop, buy a gift card and send me the code.');
    expect(result.findings.map((finding) => finding.ruleId)).toContain('gift-card-payment');
  });

  it('sends an ETag and answers 304 to If-None-Match until something is published', async () => {
    const first = await t.fetchApi('/api/bundle');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const again = await t.fetchApi('/api/bundle', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    await t.payload.update({
      collection: 'rules',
      id: publishedWithDraftId,
      data: { _status: 'published', title: 'Says you must act at once' },
      overrideAccess: true,
    });
    const changed = await t.fetchApi('/api/bundle', { headers: { 'If-None-Match': etag ?? '' } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });
});

describe('GET /api/export', () => {
  it('returns SiteContent with full guides (Lexical scenario), brands, reporting bodies and the bundle', async () => {
    await t.payload.create({
      collection: 'reporting-bodies',
      data: {
        slug: 'test-body',
        country: 'uk',
        name: 'Test reporting body',
        whatToReport: 'Report scam texts and calls here.',
        channels: ['text', 'call'],
        situations: ['received-only'],
        link: 'https://report.example/',
        order: 5,
      },
      overrideAccess: true,
    });
    const response = await t.fetchApi('/api/export');
    expect(response.status).toBe(200);
    const content = SiteContent.parse(await response.json());
    expect(content.guides.map((guide) => guide.slug)).toEqual(['gift-card-guide']);
    expect(content.guides[0]?.scenario.root.children[0]?.type).toBe('paragraph');
    expect(content.guides[0]?.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(content.reportingBodies.map((body) => body.id)).toEqual(['test-body']);
    expect(content.bundle.rules.map((rule) => rule.id)).toEqual(['gift-card-payment', 'urgent-deadline']);
    expect(response.headers.get('etag')).toBeTruthy();
  });
});
