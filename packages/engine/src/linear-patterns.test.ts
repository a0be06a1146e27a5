// Patterns on re2js: a catastrophic pattern that slipped past validation runs on the linear engine
// and the check completes with the same answer RegExp would give; what RE2 cannot express falls back.
import { RuleBundle } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { createChecker } from './create-checker.js';
import { compileLinearPattern } from './linear-patterns.js';
import { compileBacktrackingPattern } from './rule-pattern.js';
import { CATASTROPHIC_PATTERNS } from './test-support/catastrophic-patterns.js';
import { bundleOf, ruleWith } from './test-support/bundles.js';

const matches = (compile: typeof compileLinearPattern, regex: string, text: string) => {
  const found: Array<[number, number]> = [];
  compile(regex).forEachMatch(text, 12, (start, end) => found.push([start, end]));
  return found;
};

describe('compileLinearPattern', () => {
  it.each(CATASTROPHIC_PATTERNS.filter((p) => p.id !== 'huge-bounded-repeat'))(
    'runs catastrophic `$regex` on re2 (linear time)',
    ({ regex }) => {
      expect(compileLinearPattern(regex).engine).toBe('re2');
    },
  );

  it('falls back to RegExp for lookahead and backreferences, which RE2 cannot express', () => {
    expect(compileLinearPattern("i'm (?!home\\b)[a-z]{3,15}").engine).toBe('backtracking');
    expect(compileLinearPattern('(ab)\\1').engine).toBe('backtracking');
  });

  it('finds the same non-empty matches as RegExp, empty matches skipped', () => {
    const text = 'buy 3 gift cards, then a giftcard. no gift here';
    for (const regex of ['\\bgift ?cards?\\b', '\\bbuy\\b[^.!?\\n]{0,40}\\bgift ?cards?', 'x*', '(?:^|[.!?] )no gift']) {
      expect(matches(compileLinearPattern, regex, text)).toEqual(matches(compileBacktrackingPattern, regex, text));
    }
    expect(matches(compileLinearPattern, '\\bgift ?cards?\\b', text)).toEqual([
      [6, 16],
      [25, 33],
    ]);
  });

  it('stops at the match limit', () => {
    const found: number[] = [];
    expect(compileLinearPattern('ab').forEachMatch('ab ab ab ab', 2, (start) => found.push(start))).toBe(2);
    expect(found).toEqual([0, 3]);
  });
});

describe('a checker with a slipped catastrophic pattern', () => {
  const bundle = RuleBundle.parse(
    bundleOf([ruleWith('slipped', { patterns: [{ regex: 'aaa(a+)+$', literal: 'aaa' }] })], {
      settings: { thresholds: { caution: 2, high: 6 }, inputLimit: 10_000 },
    }),
  );
  // 250 runs of 40 "a"s and a "!": each would take RegExp 2^37 steps (the bench shows it killed after 10 s).
  const hostile = `${'a'.repeat(40)}!`.repeat(250);

  it('finishes the check on the linear engine, firing only where the pattern matches', () => {
    const checker = createChecker(bundle, { compilePattern: compileLinearPattern });
    // A window ends 200 characters past its literal and `$` matches there, so the hostile text fires.
    expect(checker.check(hostile).findings.map((finding) => finding.ruleId)).toEqual(['slipped']);
    expect(checker.check(`${'a'.repeat(40)}!`).findings).toEqual([]);
    const result = checker.check(`${'x'.repeat(50)} aaaaaa`);
    expect(result.findings.map((finding) => [finding.ruleId, finding.spans])).toEqual([['slipped', [{ start: 51, end: 57 }]]]);
  });
});
