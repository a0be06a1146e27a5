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

  it('refuses a high threshold below the caution threshold', () => {
    const result = RuleBundle.safeParse({ ...bundle, settings: { thresholds: { caution: 5, high: 2 } } });
    expect(result.error!.issues[0]!.path).toEqual(['settings', 'thresholds', 'high']);
  });
});
