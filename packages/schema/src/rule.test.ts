import { describe, expect, it } from 'vitest';
import { formatFieldProblems, Rule, RuleBundle } from './index.js';

const minimalRule = {
  id: 'gift-card-payment',
  title: 'Asks for payment in gift cards',
  explanation: 'Real companies and government bodies never ask you to pay with gift cards.',
  severity: 'strong',
  match: { phrases: ['gift card'] },
};

describe('Rule', () => {
  it('fills defaults for the optional parts of a rule', () => {
    const rule = Rule.parse(minimalRule);
    expect(rule.scored).toBe(true);
    expect(rule.match.patterns).toEqual([]);
    expect(rule.examples).toEqual({ mustMatch: [], mustNotMatch: [] });
  });

  it('refuses a rule that matches nothing, naming the match field', () => {
    const result = Rule.safeParse({ ...minimalRule, match: {} });
    expect(result.success).toBe(false);
    expect(formatFieldProblems(result.error!, "rule 'gift-card-payment'")).toBe(
      "rule 'gift-card-payment' › match: a rule must match something: add a phrase, a pattern, a link, phone or entity feature, or a combination",
    );
  });

  it('refuses an id that is not a slug', () => {
    const result = Rule.safeParse({ ...minimalRule, id: 'Gift Card' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['id']);
  });

  it('refuses a pattern literal shorter than 3 characters', () => {
    const result = Rule.safeParse({ ...minimalRule, match: { patterns: [{ regex: 'a+b', literal: 'ab' }] } });
    expect(result.error!.issues[0]!.path).toEqual(['match', 'patterns', 0, 'literal']);
  });

  it('refuses a combination whose minAnyOf exceeds its anyOf list', () => {
    const result = Rule.safeParse({
      ...minimalRule,
      match: { combination: { anyOf: ['a-rule'], minAnyOf: 2 } },
    });
    expect(result.error!.issues[0]!.path).toEqual(['match', 'combination', 'minAnyOf']);
  });
});

describe('RuleBundle', () => {
  const bundle = {
    formatVersion: 1,
    generatedAt: '2026-11-25T10:00:00.000Z',
    rules: [minimalRule],
    settings: { thresholds: { caution: 2, high: 4 } },
  };

  it('accepts a minimal bundle and fills the settings defaults', () => {
    const parsed = RuleBundle.parse(bundle);
    expect(parsed.settings.inputLimit).toBe(10_000);
    expect(parsed.settings.weights).toEqual({ strong: 4, moderate: 2, weak: 1 });
  });

  it('refuses an unknown format version with a message saying which one is expected', () => {
    const result = RuleBundle.safeParse({ ...bundle, formatVersion: 2 });
    expect(result.error!.issues[0]!.message).toContain('expected formatVersion 1');
  });

  it('loads a bundle without signs: its rules name none and the list defaults to empty', () => {
    expect(RuleBundle.parse(bundle).signs).toEqual([]);
  });

  it('keeps the signs rules name, with a default order', () => {
    const parsed = RuleBundle.parse({
      ...bundle,
      rules: [{ ...minimalRule, sign: 'pay-untraceable' }],
      signs: [{ id: 'pay-untraceable', title: 'Asks for payment that cannot be traced' }],
    });
    expect(parsed.rules[0]!.sign).toBe('pay-untraceable');
    expect(parsed.signs).toEqual([{ id: 'pay-untraceable', title: 'Asks for payment that cannot be traced', order: 100 }]);
  });

  it('refuses a rule naming a sign the bundle does not have, naming the rule and the sign', () => {
    const result = RuleBundle.safeParse({ ...bundle, rules: [{ ...minimalRule, sign: 'no-such-sign' }] });
    expect(result.error!.issues[0]).toMatchObject({
      path: ['rules', 0, 'sign'],
      message: "names the sign 'no-such-sign', which is not in the bundle's signs; add it there or choose another",
    });
  });

  it('refuses two signs with the same id', () => {
    const sign = { id: 'asks-for-code', title: 'Asks for a code sent to you' };
    const result = RuleBundle.safeParse({ ...bundle, signs: [sign, sign] });
    expect(result.error!.issues[0]).toMatchObject({
      path: ['signs', 1, 'id'],
      message: "the sign id 'asks-for-code' is used twice; each sign needs its own id",
    });
  });

  it('refuses a high threshold below the caution threshold', () => {
    const result = RuleBundle.safeParse({ ...bundle, settings: { thresholds: { caution: 5, high: 2 } } });
    expect(result.error!.issues[0]!.path).toEqual(['settings', 'thresholds', 'high']);
  });
});
