// One rule run inside a published bundle over test messages: hits with spans, S/O, and the harmless
// messages it newly flags (flagged with it, not by the bundle without it).
import { BUNDLE_FORMAT_VERSION, Rule, RuleBundle, type RuleInput } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { ruleFromForm } from './rule-from-form.js';
import { bundleWithoutRule, ruleOnMessages, testMessageName } from './rule-on-messages.js';

const ruleMatching = (id: string, match: RuleInput['match'], severity: 'strong' | 'weak' = 'strong') =>
  Rule.parse({ id, title: id, explanation: 'Test rule.', severity, match });
const rule = (id: string, phrases: string[], severity: 'strong' | 'weak' = 'strong') => ruleMatching(id, { phrases }, severity);
const bundle = RuleBundle.parse({
  formatVersion: BUNDLE_FORMAT_VERSION,
  generatedAt: '2026-01-01T00:00:00.000Z',
  rules: [rule('urgent-words', ['act now'], 'strong'), rule('gift-card', ['steam card'], 'weak')],
  settings: { thresholds: { caution: 2, high: 4 } },
});
const messages = [
  { id: 'm1', label: 'scam' as const, text: 'Act now: pay with a gift card' },
  { id: 'm2', label: 'legit' as const, text: 'Thanks for the gift card!' },
  { id: 'm3', label: 'legit' as const, text: 'Lunch?' },
];

describe('ruleOnMessages', () => {
  it('replaces the published rule of the same id and reports its hits, spans, S/O and new harmless flags', () => {
    const figures = ruleOnMessages(bundle, rule('gift-card', ['gift card']), messages);
    expect(figures.hits.map((h) => [h.message.id, h.spans])).toEqual([
      ['m1', [{ start: 20, end: 29 }]],
      ['m2', [{ start: 15, end: 24 }]],
    ]);
    expect(figures).toMatchObject({ scamHits: 1, harmlessHits: 1, scamShare: 0.5 });
    // m1 is flagged by urgent-words anyway; m2 only because of this rule.
    expect(figures.newlyFlagged).toEqual([{ message: messages[1], level: 'high' }]);
  });

  it('reports no hits and a null S/O for a rule that matches nothing', () => {
    expect(ruleOnMessages(bundle, rule('new-rule', ['wire transfer']), messages)).toEqual({
      hits: [],
      scamHits: 0,
      harmlessHits: 0,
      scamShare: null,
      newlyFlagged: [],
    });
  });

  it('drops the combinations that need a rule when measuring without it', () => {
    const combo = ruleMatching('combo', { combination: { allOf: ['gift-card', 'urgent-words'] } }, 'weak');
    expect(bundleWithoutRule({ ...bundle, rules: [...bundle.rules, combo] }, 'gift-card').rules.map((r) => r.id)).toEqual(['urgent-words']);
  });
});

describe('testMessageName', () => {
  it('names an imported message by its corpus id, any other by its CMS id', () => {
    expect(testMessageName({ id: 4, source: 'd017 · github:x/y' })).toBe('d017');
    expect(testMessageName({ id: 4, source: 'invented' })).toBe('test message 4');
  });
});

describe('ruleFromForm', () => {
  it('runs a rule whose title and explanation are not written yet, and names what keeps an empty one from running', () => {
    const ok = ruleFromForm(
      { slug: '', severity: 'moderate', match: { phrases: [{ phrase: 'gift card' }] } },
      { rules: new Map(), guides: new Map() },
    );
    expect(ok.ok && ok.rule.match.phrases).toEqual(['gift card']);
    const empty = ruleFromForm({ severity: 'moderate', match: { phrases: [] } }, { rules: new Map(), guides: new Map() });
    expect(empty.ok).toBe(false);
    expect(!empty.ok && empty.problems.length).toBeGreaterThan(0);
  });

  it('reads an array field holding its row count (form state with no rows) as empty', () => {
    const values = { severity: 'moderate', match: { phrases: [{ phrase: 'gift card' }], patterns: 0 } } as unknown as Parameters<
      typeof ruleFromForm
    >[0];
    const parsed = ruleFromForm(values, { rules: new Map(), guides: new Map() });
    expect(parsed.ok && parsed.rule.match.patterns).toEqual([]);
  });
});
