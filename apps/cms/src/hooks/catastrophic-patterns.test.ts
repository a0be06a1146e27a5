// Publishing a rule whose pattern can backtrack catastrophically is refused, naming the pattern field;
// the same rule with a safe pattern publishes (so each refusal is about the pattern).
import { ValidationError } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATASTROPHIC_PATTERNS } from '@redflags/engine/test-support/catastrophic-patterns';
import { giftCardRule } from '../testing/fixtures.js';
import { startTestPayload, type TestPayload } from '../testing/start-test-payload.js';

// The engine's shared list (nested quantifiers and overlapping alternatives), so both refusals stay in step.
const CATASTROPHIC = CATASTROPHIC_PATTERNS;

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
});
afterAll(() => t.stop());

const ruleWithPattern = (slug: string, pattern: { regex: string; literal: string }) => ({
  ...giftCardRule(slug),
  match: { phrases: [{ phrase: 'gift card' }], patterns: [pattern] },
  _status: 'published' as const,
});

describe('publishing a rule with a catastrophic pattern', () => {
  it.each(CATASTROPHIC.map((p, i) => ({ ...p, slug: `redos-${i}` })))(
    'refuses `$regex` on match.patterns.0.regex',
    async ({ regex, literal, slug }) => {
      const error = await t.payload
        .create({ collection: 'rules', data: ruleWithPattern(slug, { regex, literal }), overrideAccess: true })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(ValidationError);
      const errors = (error as ValidationError).data.errors;
      expect(errors.map((e) => e.path)).toEqual(['match.patterns.0.regex']);
      expect(errors[0]?.message).toContain(`pattern \`${regex}\` can backtrack catastrophically`);
      const published = await t.payload.find({ collection: 'rules', where: { slug: { equals: slug } }, overrideAccess: false });
      expect(published.docs).toEqual([]);
    },
  );

  it('publishes the same rule with a safe pattern', async () => {
    const doc = await t.payload.create({
      collection: 'rules',
      data: ruleWithPattern('safe-pattern', { regex: 'gift\\s+cards?', literal: 'gift' }),
      overrideAccess: true,
    });
    expect(doc._status).toBe('published');
  });
});
