// Publishing a rule runs the schema and the engine; a bad rule is refused with the field named.
import { ValidationError } from 'payload';
import type { Rule as RuleDocument } from '../payload-types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giftCardRule } from '../testing/fixtures.js';
import { startTestPayload, type TestPayload } from '../testing/start-test-payload.js';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
});
afterAll(() => t.stop());

/** The field errors of a refused publish. */
async function refusal(data: Omit<RuleDocument, 'id' | 'createdAt' | 'updatedAt'>): Promise<{ path: string; message: string }[]> {
  try {
    await t.payload.create({ collection: 'rules', data: { ...data, _status: 'published' }, overrideAccess: true });
  } catch (error) {
    if (error instanceof ValidationError) return error.data.errors.map(({ path, message }) => ({ path, message }));
    throw error;
  }
  throw new Error('the rule was accepted');
}

describe('publishing a rule', () => {
  it('refuses an example it must flag but does not, naming the example field and the message', async () => {
    const rule = giftCardRule('misses-example');
    rule.examples.mustMatch = [{ message: 'Please pay the overdue invoice by bank transfer.' }];
    const errors = await refusal(rule);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('examples.mustMatch.0.message');
    expect(errors[0]?.message).toContain('Please pay the overdue invoice by bank transfer.');
  });

  it('refuses an example it must not flag but does', async () => {
    const rule = giftCardRule('flags-harmless');
    rule.examples.mustNotMatch = [{ message: 'Thanks for the gift card, it was lovely.' }];
    const errors = await refusal(rule);
    expect(errors.map((e) => e.path)).toEqual(['examples.mustNotMatch.0.message']);
  });

  it('refuses a pattern that can backtrack catastrophically, naming the pattern field', async () => {
    const errors = await refusal({ ...giftCardRule('redos'), match: { patterns: [{ regex: '(a+)+$', literal: 'aaa' }] }, examples: {} });
    expect(errors[0]?.path).toBe('match.patterns.0.regex');
    expect(errors[0]?.message).toMatch(/backtrack/i);
  });

  it('refuses a literal shorter than the schema allows, with the schema’s own message', async () => {
    const errors = await refusal({ ...giftCardRule('short-literal'), match: { patterns: [{ regex: 'gift\\s+card', literal: 'gi' }] } });
    expect(errors).toEqual([{ path: 'match.patterns.0.literal', message: 'must be at least 3 characters so the prefilter can find it' }]);
  });

  it('refuses a rule that matches nothing', async () => {
    const errors = await refusal({ ...giftCardRule('matches-nothing'), match: {}, examples: {} });
    expect(errors.map((e) => e.path)).toEqual(['match.phrases']);
  });

  it('refuses a combination naming a rule that is only a draft', async () => {
    const part = await t.payload.create({
      collection: 'rules',
      data: { ...giftCardRule('draft-part'), _status: 'draft' },
      draft: true,
      overrideAccess: true,
    });
    const errors = await refusal({ ...giftCardRule('combo'), match: { combination: { allOf: [part.id] } }, examples: {} });
    expect(errors).toEqual([
      {
        path: 'match.combination.allOf',
        message: "rule 'draft-part' is not published; publish it first or take it out of the combination",
      },
    ]);
  });

  it('accepts a good rule and saves a bad one as a draft', async () => {
    const good = await t.payload.create({
      collection: 'rules',
      data: { ...giftCardRule('good'), _status: 'published' },
      overrideAccess: true,
    });
    expect(good._status).toBe('published');
    const rule = giftCardRule('draft-with-bad-example');
    rule.examples.mustMatch = [{ message: 'nothing to see' }];
    const draft = await t.payload.create({ collection: 'rules', data: { ...rule, _status: 'draft' }, draft: true, overrideAccess: true });
    expect(draft._status).toBe('draft');
  });

  it('answers a REST publish of a bad edit with 400 and the field path, and keeps the published version', async () => {
    const doc = await t.payload.create({
      collection: 'rules',
      data: { ...giftCardRule('rest-edit'), _status: 'published' },
      overrideAccess: true,
    });
    const login = await t.payload.create({
      collection: 'users',
      data: { email: 'ed@example.org', password: 'a long password', role: 'editor' },
      overrideAccess: true,
    });
    const { token } = await t.payload.login({ collection: 'users', data: { email: login.email, password: 'a long password' } });
    const response = await t.fetchApi(`/api/rules/${doc.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        _status: 'published',
        examples: { mustMatch: [{ message: 'An ordinary message about dinner.' }], mustNotMatch: [] },
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { data?: { errors: { path: string }[] } }[] };
    expect(body.errors[0]?.data?.errors.map((e) => e.path)).toEqual(['examples.mustMatch.0.message']);
    const stored = await t.payload.findByID({ collection: 'rules', id: doc.id, overrideAccess: true });
    expect(stored.examples?.mustMatch?.[0]?.message).toBe('Buy a gift card and read me the numbers to settle the fine.');
  });
});
