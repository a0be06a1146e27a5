import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT_VERSION, RuleBundle, toBrowserBundle } from './index.js';

const bundle = RuleBundle.parse({
  formatVersion: BUNDLE_FORMAT_VERSION,
  generatedAt: '2026-12-02T12:00:00.000Z',
  rules: [
    {
      id: 'gift-card-payment',
      title: 'Asks for payment in gift cards',
      explanation: 'Real companies and officials never ask to be paid in gift cards.',
      severity: 'strong',
      match: { phrases: ['gift card'] },
      examples: { mustMatch: ['Buy a gift card and read me the numbers.'], mustNotMatch: ['Lunch is at noon.'] },
    },
  ],
  brands: [{ id: 'acme-bank', name: 'Acme Bank', domains: ['acmebank.example'] }],
  settings: { thresholds: { caution: 2, high: 4 } },
});

describe('toBrowserBundle', () => {
  it('leaves out every rule’s examples and keeps everything else', () => {
    const { rules, ...rest } = toBrowserBundle(bundle);
    expect(rules.map((rule) => 'examples' in rule)).toEqual([false]);
    const { examples: _left, ...ruleWithoutExamples } = bundle.rules[0]!;
    expect(rules).toEqual([ruleWithoutExamples]);
    const { rules: _all, ...bundleRest } = bundle;
    expect(rest).toEqual(bundleRest);
  });

  it('reads back as a RuleBundle whose rules have no examples', () => {
    const read = RuleBundle.parse(JSON.parse(JSON.stringify(toBrowserBundle(bundle))));
    expect(read.rules[0]!.examples).toEqual({ mustMatch: [], mustNotMatch: [] });
    expect({ ...read, rules: [] }).toEqual({ ...bundle, rules: [] });
  });
});
