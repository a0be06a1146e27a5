// recheck's analysis: refuses the overlaps the quick risk screen lets through, accepts the bounded
// "word … word" shape the seed rules use, and plugs into validateBundle / checkRuleInContext.
import { describe, expect, it } from 'vitest';
import { bundleOf, ruleWith } from './test-support/bundles.js';
import { checkRuleInContext, validateBundle } from './validate-bundle.js';
import { recheckPattern } from './validate-thorough.js';

describe('recheckPattern', { timeout: 20_000 }, () => {
  it('names exponential backtracking in an overlapping alternation', () => {
    expect(recheckPattern('foo(a|aa)+$')).toMatch(
      /^pattern `foo\(a\|aa\)\+\$` can backtrack catastrophically \(exponential time, e\.g\. on /,
    );
  });

  it('accepts a bounded gap between two words', () => {
    expect(recheckPattern('\\b(?:buy|purchase)\\b[^.!?\\n]{0,40}\\bgift ?cards?\\b')).toBeUndefined();
  });

  it('is applied by validateBundle and checkRuleInContext only when passed', () => {
    const rule = ruleWith('overlap', { patterns: [{ regex: '[a-z]*[a-z]?foo', literal: 'foo' }] }); // past the engine's quick screen (one wide quantifier), caught by recheck
    expect(validateBundle(bundleOf([rule])).ok).toBe(true);
    const refused = validateBundle(bundleOf([rule]), { thoroughPatternCheck: recheckPattern });
    expect(refused.problems.map((p) => [p.ruleId, p.field])).toEqual([['overlap', 'match.patterns.0.regex']]);
    expect(checkRuleInContext(rule, {}, { thoroughPatternCheck: recheckPattern }).map((p) => [p.ruleId, p.field])).toEqual([
      ['overlap', 'match.patterns.0.regex'],
    ]);
  });
});
