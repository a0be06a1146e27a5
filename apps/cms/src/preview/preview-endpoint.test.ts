// GET /api/preview/:collection/:id on a temporary database: the site (holding the shared secret)
// gets a guide's or rule's newest version and what publishing it would refuse; nobody else gets it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreviewDocument, type GuidePreview, type RulePreview } from '@redflags/schema';
import { giftCardRule, guideData } from '../testing/fixtures.js';
import { startTestPayload, type TestPayload } from '../testing/start-test-payload.js';

const SECRET = 'preview-secret-for-tests-only';
const asSite = { Authorization: `Bearer ${SECRET}` };
let t: TestPayload;
let publishedGuide: { id: string | number };
let publishedRule: { id: string | number };

beforeAll(async () => {
  process.env.REDFLAGS_PREVIEW_SECRET = SECRET;
  t = await startTestPayload();
  publishedRule = await t.payload.create({ collection: 'rules', data: { ...giftCardRule(), _status: 'published' }, overrideAccess: true });
  publishedGuide = await t.payload.create({
    collection: 'guides',
    data: { ...guideData('published-guide'), relatedRules: [String(publishedRule.id)], _status: 'published' },
    overrideAccess: true,
  });
});
afterAll(async () => {
  delete process.env.REDFLAGS_PREVIEW_SECRET;
  await t?.stop();
});

async function preview(path: string, headers: Record<string, string> = asSite): Promise<{ status: number; body: unknown }> {
  const response = await t.fetchApi(`/api/preview/${path}`, { headers });
  expect(response.headers.get('cache-control')).toBe('no-store');
  return { status: response.status, body: await response.json() };
}

describe('who gets a preview', () => {
  it('refuses a request without the shared secret, or with another one', async () => {
    expect((await preview(`guides/${publishedGuide.id}`, {})).status).toBe(401);
    expect((await preview(`guides/${publishedGuide.id}`, { Authorization: 'Bearer not-the-secret' })).status).toBe(401);
    expect((await preview(`guides/${publishedGuide.id}`, { Authorization: SECRET })).status).toBe(401);
  });

  it('answers 404 for a document or collection that does not exist', async () => {
    expect(await preview('guides/999999')).toEqual({ status: 404, body: { error: 'there is no guide with id 999999' } });
    expect((await preview('rules/not-an-id')).status).toBe(404);
    expect((await preview('users/1')).status).toBe(404);
  });

  it('is off, for everyone, when no secret is set', async () => {
    delete process.env.REDFLAGS_PREVIEW_SECRET;
    try {
      expect((await preview(`guides/${publishedGuide.id}`)).status).toBe(404);
    } finally {
      process.env.REDFLAGS_PREVIEW_SECRET = SECRET;
    }
  });
});

describe('a guide preview', () => {
  it('shows the newest draft over the published version, with its links resolved to published slugs', async () => {
    await t.payload.update({
      collection: 'guides',
      id: publishedGuide.id,
      data: { title: 'Is that newer draft a scam?', steps: [{ step: 'Hang up.' }, { step: 'Call back on a number you trust.' }] },
      draft: true,
      overrideAccess: true,
    });
    const { status, body } = await preview(`guides/${publishedGuide.id}`);
    expect(status).toBe(200);
    const parsed = PreviewDocument.parse(body) as GuidePreview;
    expect(parsed).toMatchObject({ collection: 'guides', id: String(publishedGuide.id), status: 'draft', problems: [] });
    expect(parsed.guide.title).toBe('Is that newer draft a scam?');
    expect(parsed.guide.steps.map((s) => s.step)).toEqual(['Hang up.', 'Call back on a number you trust.']);
    expect(parsed.guide.relatedRules).toEqual(['gift-card-payment']);
  });

  it('shows a half-written draft with the fields publishing would refuse', async () => {
    const draft = await t.payload.create({
      collection: 'guides',
      data: { slug: 'half-written', title: 'Is that half-written text a scam?', _status: 'draft' },
      draft: true,
      overrideAccess: true,
    });
    const parsed = PreviewDocument.parse((await preview(`guides/${draft.id}`)).body) as GuidePreview;
    expect(parsed.guide).toMatchObject({ title: 'Is that half-written text a scam?', steps: [], publishedAt: '' });
    expect(parsed.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['shortAnswer', 'redFlags', 'steps', 'channels']));
  });
});

describe('a rule preview', () => {
  it('puts the newest draft in the published bundle in place of its published version', async () => {
    await t.payload.update({
      collection: 'rules',
      id: publishedRule.id,
      data: { title: 'Wants gift cards (draft)', match: { phrases: [{ phrase: 'gift card' }, { phrase: 'itunes card' }] } },
      draft: true,
      overrideAccess: true,
    });
    const parsed = PreviewDocument.parse((await preview(`rules/${publishedRule.id}`)).body) as RulePreview;
    expect(parsed.rule).toEqual({
      slug: 'gift-card-payment',
      title: 'Wants gift cards (draft)',
      explanation: giftCardRule().explanation,
      severity: 'strong',
      scored: true,
      mustMatch: [giftCardRule().examples.mustMatch[0]!.message],
    });
    expect(parsed.problems).toEqual([]);
    const inBundle = parsed.bundle?.rules.filter((rule) => rule.id === 'gift-card-payment');
    expect(inBundle?.map((rule) => [rule.title, rule.match.phrases])).toEqual([['Wants gift cards (draft)', ['gift card', 'itunes card']]]);
    expect(parsed.bundle?.guides.map((guide) => guide.slug)).toEqual(['published-guide']);
  });

  it('names an example the draft no longer flags, and still runs the rule', async () => {
    const draft = await t.payload.create({
      collection: 'rules',
      data: { ...giftCardRule('steam-only'), match: { phrases: [{ phrase: 'steam card' }] }, _status: 'draft' },
      draft: true,
      overrideAccess: true,
    });
    const parsed = PreviewDocument.parse((await preview(`rules/${draft.id}`)).body) as RulePreview;
    expect(parsed.problems).toEqual([
      { field: 'examples.mustMatch.0.message', message: expect.stringContaining('must make this rule fire but it did not') },
    ]);
    expect(parsed.bundle?.rules.map((rule) => rule.id)).toContain('steam-only');
  });

  it('sends no bundle for a draft that cannot run yet, and says why', async () => {
    const draft = await t.payload.create({
      collection: 'rules',
      data: { slug: 'empty-rule', title: 'Nothing yet', _status: 'draft' },
      draft: true,
      overrideAccess: true,
    });
    const parsed = PreviewDocument.parse((await preview(`rules/${draft.id}`)).body) as RulePreview;
    expect(parsed.bundle).toBeUndefined();
    expect(parsed.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['explanation', 'match.phrases']));
  });
});
