import { RuleBundle } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { createChecker } from './create-checker.js';
import { trainScorer } from './learn/train-scorer.js';
import { parseHost } from './parse-host.js';
import { bundleOf, ruleWith } from './test-support/bundles.js';
import { learningMessages } from './test-support/learning-messages.js';

const bundle = RuleBundle.parse(bundleOf([ruleWith('verify-now', { phrases: ['verify your'] }, { severity: 'strong' })]));
const { model } = trainScorer(bundle, learningMessages(), { parseHost, bits: 10, folds: 4 });
const checker = createChecker({ ...bundle, model });

describe('a checker with a learned model', () => {
  it('explains a scam no rule matched with the learned finding, its strongest words marked', () => {
    const text = 'Final notice: pay the fee for your wallet to avoid suspension';
    const result = checker.check(text);
    expect(result.level).toBe('caution');
    expect(result.findings.map((f) => f.ruleId)).toEqual(['reads-like-scam']);
    const marked = result.findings[0]!.spans.map((s) => text.slice(s.start, s.end));
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(text.split(/\W+/)).toContain(word);
  });

  it('groups the learned finding as a sign of its own, titled by the bundle’s sign of that id when it has one', () => {
    const text = 'Final notice: pay the fee for your wallet to avoid suspension';
    expect(checker.check(text).signs.map((s) => [s.id, s.title, s.findings.map((f) => f.ruleId)])).toEqual([
      ['reads-like-scam', 'Reads like known scam messages', ['reads-like-scam']],
    ]);
    const withSign = createChecker({ ...bundle, model, signs: [{ id: 'reads-like-scam', title: 'Sounds like scams we know', order: 90 }] });
    expect(withSign.check(text).signs[0]).toMatchObject({ id: 'reads-like-scam', title: 'Sounds like scams we know' });
  });

  it('reads high only with a rule finding, and puts the rule first', () => {
    const result = checker.check('Urgent: verify your card now or it will be suspended');
    expect(result.level).toBe('high');
    expect(result.findings[0]!.ruleId).toBe('verify-now');
  });

  it('reports the score as a percentage', () => {
    const { score } = checker.check('Running late, see you at the park in ten minutes');
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThan(50);
    expect(checker.check('Running late, see you at the park in ten minutes').level).toBe('none');
  });

  it('keeps the severity sum when the bundle has no model', () => {
    expect(createChecker(bundle).check('Please verify your card').score).toBe(4);
  });
});
