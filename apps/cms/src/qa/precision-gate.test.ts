// The S/O gate on a small labelled fixture: which rules fail, and in what order their harmless hits are named.
import { compileBundle, runQa } from '@redflags/engine';
import { BUNDLE_FORMAT_VERSION } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { describeLowPrecision, lowPrecisionRules } from './precision-gate.js';

const rule = (id: string, phrases: string[], scored = true) => ({
  id,
  title: id,
  explanation: 'Test rule.',
  severity: 'moderate' as const,
  scored,
  kinds: [],
  guides: [],
  match: { phrases, patterns: [], links: [], phones: [], entities: [] },
  examples: { mustMatch: [], mustNotMatch: [] },
});
const checker = compileBundle({
  formatVersion: BUNDLE_FORMAT_VERSION,
  generatedAt: '2026-01-01T00:00:00.000Z',
  rules: [rule('sounds-urgent', ['urgent']), rule('gift-card', ['gift card']), rule('block-urgent', ['urgent'], false)],
  brands: [],
  settings: {
    thresholds: { caution: 1, high: 2 },
    weights: { strong: 2, moderate: 1, weak: 0.5 },
    inputLimit: 5000,
    disclaimer: 'A test disclaimer for this fixture.',
  },
});
const messages = [
  { id: 'm1', label: 'scam' as const, text: 'urgent: buy a gift card' },
  { id: 'm2', label: 'legit' as const, text: 'urgent meeting moved' },
  { id: 'm3', label: 'legit' as const, text: 'urgent: your gift card order shipped' },
  { id: 'm4', label: 'scam' as const, text: 'gift card now' },
  { id: 'm5', label: 'scam' as const, text: 'pay by gift card please' },
  { id: 'm6', label: 'scam' as const, text: 'read me the gift card code' },
];
const texts = new Map(messages.map((m) => [m.id, m.text]));
const report = runQa(checker, messages);

describe('lowPrecisionRules', () => {
  it('names a scored rule below 0.8, with the harmless hit the checker rates highest first', () => {
    const failing = lowPrecisionRules(report, checker, (id) => texts.get(id)!, { minHits: 3 });
    expect(failing).toEqual([{ ruleId: 'sounds-urgent', scamHits: 1, harmlessHits: 2, scamShare: 0.333, worstHarmlessIds: ['m3', 'm2'] }]);
    expect(describeLowPrecision(failing[0]!)).toBe("rule 'sounds-urgent': S/O 0.33 (1 scam, 2 harmless hits); worst harmless hits: m3, m2");
  });

  it('lets a rule with fewer hits than minHits pass', () => {
    expect(lowPrecisionRules(report, checker, (id) => texts.get(id)!, { minHits: 4 })).toEqual([]);
  });

  it('passes a rule at exactly 0.8 (4 scams of 5 hits) and never names an unscored building block', () => {
    expect(report.rules.find((r) => r.ruleId === 'gift-card')?.scamShare).toBe(0.8);
    expect(report.rules.find((r) => r.ruleId === 'block-urgent')?.scamShare).toBe(0.333);
    expect(lowPrecisionRules(report, checker, (id) => texts.get(id)!, { minHits: 1 }).map((r) => r.ruleId)).toEqual(['sounds-urgent']);
  });
});
