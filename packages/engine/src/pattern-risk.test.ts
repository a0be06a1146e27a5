// The risk screen: which patterns a backtracking engine may run. Every catastrophic pattern of the
// shared list is refused, with the kind of blow-up; the shapes the launch rules use are accepted.
import { describe, expect, it } from 'vitest';
import { patternRisk } from './pattern-risk.js';
import { CATASTROPHIC_PATTERNS } from './test-support/catastrophic-patterns.js';

describe('patternRisk', () => {
  it.each(CATASTROPHIC_PATTERNS)('refuses catastrophic `$regex`', ({ regex }) => {
    expect(patternRisk(regex)).toBeDefined();
  });

  it('calls a repeated part that can vary exponential, and names the shape', () => {
    for (const regex of ['aaa(a+)+$', '(a?a)+$', 'foo(a|aa)+$', '(?:\\w+\\s+){0,3}bar']) {
      expect(patternRisk(regex), regex).toEqual({ kind: 'exponential', reason: expect.stringContaining('(a+)+') });
    }
  });

  it('calls more than one wide quantifier along one match polynomial, and says how to bound them', () => {
    expect(patternRisk('\\$\\d+ [^.]{0,60}survey')).toEqual({
      kind: 'polynomial',
      reason: expect.stringContaining('has 2 quantifiers that can each take more than 30 characters'),
    });
  });

  it('accepts optional and bounded parts, one wide quantifier, and wide quantifiers in different alternatives', () => {
    for (const regex of [
      'gift ?cards?',
      '(?:gift|itunes) cards?',
      '\\b(?:send|give)\\b[^.!?\\n]{0,25}\\bcode\\b[^.!?\\n]{0,30}\\b(?:received|sent)',
      '\\$\\d{1,6} [^.]{0,60}survey',
      "\\bi(?:'m| am) (?:a friend of \\w+|\\w+'s friend)",
      '(?:\\d{3}-){2}\\d{4}',
      "i'm (?!home\\b)[a-z]{3,15}",
    ]) {
      expect(patternRisk(regex), regex).toBeUndefined();
    }
  });
});
