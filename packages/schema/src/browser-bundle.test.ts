import { describe, expect, it } from 'vitest';
import { BrowserRuleBundle, BUNDLE_FORMAT_VERSION, RuleBundle, toBrowserBundle } from './index.js';

const bundle = RuleBundle.parse({
  formatVersion: BUNDLE_FORMAT_VERSION,
  generatedAt: '2026-12-02T12:00:00.000Z',
  rules: [
    {
      id: 'gift-card-payment',
      title: 'Asks for payment in gift cards',
      explanation: 'Real companies and officials never ask to be paid in gift cards.',
      severity: 'strong',
      kinds: ['payment'],
      guides: ['gift-card-guide'],
      match: { phrases: ['gift card'] },
      examples: { mustMatch: ['Buy a gift card and read me the numbers.'], mustNotMatch: ['Lunch is at noon.'] },
    },
  ],
  brands: [{ id: 'acme-bank', name: 'Acme Bank', aliases: ['acme'], domains: ['acmebank.example'], neverAsks: ['your PIN'] }],
  guides: [
    {
      slug: 'gift-card-guide',
      title: 'Is a gift card request a scam?',
      shortAnswer: 'Yes. Nobody real asks for gift cards.',
      channels: ['call'],
    },
  ],
  settings: { thresholds: { caution: 2, high: 4 } },
});

describe('toBrowserBundle', () => {
  it('keeps what the checker reads and leaves out examples, kinds, what brands never ask and guide details', () => {
    const browser = toBrowserBundle(bundle);
    const { examples: _examples, kinds: _kinds, ...rule } = bundle.rules[0]!;
    expect(browser.rules).toEqual([rule]);
    expect(browser.brands).toEqual([{ id: 'acme-bank', name: 'Acme Bank', aliases: ['acme'], domains: ['acmebank.example'], phones: [] }]);
    expect(browser.guides).toEqual([{ slug: 'gift-card-guide', title: 'Is a gift card request a scam?' }]);
    expect({ ...browser, rules: [], brands: [], guides: [] }).toEqual({ ...bundle, rules: [], brands: [], guides: [] });
  });

  it('reads back as a BrowserRuleBundle, not as a full RuleBundle', () => {
    const json = JSON.parse(JSON.stringify(toBrowserBundle(bundle)));
    expect(BrowserRuleBundle.parse(json)).toEqual(toBrowserBundle(bundle));
    expect(RuleBundle.safeParse(json).success).toBe(false);
  });
});
