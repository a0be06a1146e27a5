import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runQa, type QaMessage } from './qa.js';
import { compileBundle } from './validate-bundle.js';
import { bundleOf, ruleWith } from './test-support/bundles.js';

const messages: QaMessage[] = readFileSync(new URL('../fixtures/qa-messages.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as QaMessage);

const checker = compileBundle(
  bundleOf([
    ruleWith('gift-cards', { phrases: ['gift card'] }, { severity: 'strong' }),
    ruleWith('pay-with-gift-cards', { phrases: ['with gift cards', 'buy gift cards'] }, { severity: 'strong' }),
    ruleWith('today', { phrases: ['today'] }, { severity: 'weak' }),
    ruleWith('crypto', { phrases: ['bitcoin'] }),
  ]),
);

describe('runQa', () => {
  const report = runQa(checker, messages);
  const figures = (id: string) => report.rules.find((rule) => rule.ruleId === id)!;

  it('counts scam and harmless hits per rule with S/O and the harmless ids', () => {
    expect(figures('gift-cards')).toMatchObject({
      scamHits: 2,
      harmlessHits: 1,
      scamShare: 0.667,
      scamIds: ['m01', 'm02'],
      harmlessIds: ['m04'],
    });
    expect(figures('today')).toMatchObject({ scamHits: 3, harmlessHits: 1, scamShare: 0.75, harmlessIds: ['m05'] });
    expect(figures('pay-with-gift-cards')).toMatchObject({ scamHits: 2, harmlessHits: 0, scamShare: 1 });
  });

  it('flags low S/O, rules that hit nothing and rules another rule covers, and lists them first', () => {
    expect(report.rules.map((rule) => [rule.ruleId, rule.flags])).toEqual([
      ['gift-cards', ['low-scam-share']],
      ['today', ['low-scam-share']],
      ['crypto', ['no-hits']],
      ['pay-with-gift-cards', ['redundant']],
    ]);
    expect(figures('pay-with-gift-cards').coveredBy).toBe('gift-cards');
  });

  it('gives overall flagged and high rates', () => {
    expect(report.overall).toEqual({
      scams: 3,
      harmless: 3,
      scamsFlagged: 2,
      scamsHigh: 2,
      harmlessFlagged: 1,
      harmlessHigh: 0,
      scamsFlaggedRate: 0.667,
      scamsHighRate: 0.667,
      harmlessFlaggedRate: 0.333,
      harmlessHighRate: 0,
    });
  });
});

describe('runQa with building blocks', () => {
  it('reports a building block’s hits without flagging its S/O, and does not count it as covering a rule', () => {
    const withBlock = compileBundle(
      bundleOf([
        ruleWith('names-gift-card', { phrases: ['gift card'] }, { scored: false }),
        ruleWith('buy-gift-cards', { phrases: ['buy gift cards'] }),
      ]),
    );
    const report = runQa(withBlock, messages);
    expect(report.rules.map((rule) => [rule.ruleId, rule.scamShare, rule.flags, rule.coveredBy])).toEqual([
      ['buy-gift-cards', 1, [], null],
      ['names-gift-card', 0.667, [], null],
    ]);
  });
});
