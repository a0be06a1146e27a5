// Runs an editor's regular expression. By default on V8's RegExp (a backtracking engine), for the
// patterns the risk screen trusts (pattern-risk.ts); the others are disabled, or run on re2js when the
// caller passes `compileLinearPattern` from `@redflags/engine/linear-patterns` (see README, "Patterns").

export interface RulePattern {
  /** 're2' when the pattern runs in linear time (re2js), 'backtracking' when it runs on RegExp. */
  readonly engine: 're2' | 'backtracking';
  /**
   * Calls `onMatch` for each non-empty match in `text`, left to right, at most `limit` times.
   * @example compileBacktrackingPattern('gift ?cards?').forEachMatch('a gift card', 12, (s, e) => {}) // calls (2, 11)
   */
  forEachMatch(text: string, limit: number, onMatch: (start: number, end: number) => void): number;
}

/** A compiler of editors' patterns; `createChecker` takes one as an option. */
export type PatternCompiler = (regex: string) => RulePattern;

/** Compiles a pattern as `new RegExp(regex, 'gi')`; throws when it is invalid. */
export function compileBacktrackingPattern(regex: string): RulePattern {
  const regExp = new RegExp(regex, 'gi');
  return {
    engine: 'backtracking',
    forEachMatch(text, limit, onMatch) {
      let found = 0;
      regExp.lastIndex = 0;
      for (let match = regExp.exec(text); match !== null && found < limit; match = regExp.exec(text)) {
        if (match[0].length === 0) {
          regExp.lastIndex += 1;
          continue;
        }
        found += 1;
        onMatch(match.index, match.index + match[0].length);
      }
      return found;
    },
  };
}
