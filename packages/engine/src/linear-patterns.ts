// Runs editors' patterns with re2js, a linear-time engine (RE2's automata): however a pattern that
// slipped past validation is written, matching a window costs time in proportion to its length, never
// V8's exponential backtracking. RE2 has no lookaround and no backreferences; patterns using them (65 of
// the seed's 271, all `(?!…)` word exclusions) still run on RegExp and rely on validation.
// Not the browser default (see README, "Patterns"): re2js adds ~46 KB gzipped, ~25-40 % per message,
// and a slow first check. Node callers opt in: `createChecker(bundle, { compilePattern: compileLinearPattern })`.
import { RE2JS } from 're2js';
import { compileBacktrackingPattern, type RulePattern } from './rule-pattern.js';

/**
 * Compiles a pattern case-insensitively (as `new RegExp(regex, 'gi')`) on re2js, or on RegExp when RE2 cannot express it.
 * @example compileLinearPattern('aaa(a+)+$').engine // 're2'
 */
export function compileLinearPattern(regex: string): RulePattern {
  let re2: RE2JS | undefined;
  try {
    re2 = RE2JS.compile(regex, RE2JS.CASE_INSENSITIVE);
  } catch {
    re2 = undefined; // lookaround or a backreference: RE2 refuses it, RegExp runs it below
  }
  if (re2 !== undefined) {
    const compiled = re2;
    return {
      engine: 're2',
      forEachMatch(text, limit, onMatch) {
        const matcher = compiled.matcher(text);
        let found = 0;
        while (found < limit && matcher.find()) {
          const start = matcher.start();
          const end = matcher.end();
          if (end === start) continue;
          found += 1;
          onMatch(start, end);
        }
        return found;
      },
    };
  }
  return compileBacktrackingPattern(regex);
}
