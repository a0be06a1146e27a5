// Decides, before a pattern ever runs, whether V8's backtracking RegExp can be trusted with it.
// A backtracking engine's time on a failing window grows with the number of ways the pattern can
// split the text: exponentially when a repeated part can itself repeat or choose (`(a+)+`, `(a|aa)+`,
// `(.*a){20}`), and as a higher power of the window's length with every further wide quantifier
// (`.*a.*b`). Patterns with at most one wide quantifier and no repeated choice are bounded by the
// window the engine gives them (see `LIMITS` in evaluate.ts); the others run only on a linear-time
// engine (re2js) or not at all. Validation refuses the same patterns, so a published bundle has none;
// this is the engine's own guard for a pattern that slipped past it.
import ret, { type Token, type Tokens } from 'ret';

// ret is CommonJS: under Node its named exports are only reachable through the default export.
// Its default export is the tokenizer function itself, carrying `types`. Shared with pattern-checks.ts.
export const tokenizer = ret as unknown as ((regex: string) => Tokens) & { types: typeof import('ret').types };
export const types = tokenizer.types;

/** A token or the root of ret's tree. */
type Node = Token | Tokens;

/** A quantifier that can take more characters than this is wide: `*`, `+`, `{0,60}`; `?` and `{2,8}` are not. */
export const WIDE_QUANTIFIER = 30;

export interface PatternRisk {
  kind: 'exponential' | 'polynomial';
  reason: string;
}

/**
 * Why a pattern cannot be trusted to a backtracking engine, or undefined when it can. A pattern ret
 * cannot read is not trusted.
 * @example patternRisk('aaa(a+)+$')?.kind // 'exponential'
 * @example patternRisk('gift ?cards?') // undefined
 */
export function patternRisk(regex: string): PatternRisk | undefined {
  let root: Tokens;
  try {
    root = tokenizer(regex);
  } catch {
    // ret does not read every syntax RegExp accepts (`\p{…}`, named groups); unread means untrusted.
    return { kind: 'exponential', reason: 'uses syntax the engine cannot analyse for backtracking' };
  }
  const repeated = findRepeatedChoice(root);
  if (repeated !== undefined) return { kind: 'exponential', reason: repeated };
  const wide = countWide(root);
  if (wide > 1) {
    return {
      kind: 'polynomial',
      reason: `has ${wide} quantifiers that can each take more than ${WIDE_QUANTIFIER} characters (such as .*, \\w+ or {0,60}); keep at most one, and bound the others, e.g. {0,30}`,
    };
  }
  return undefined;
}

function children(token: Node): Node[] {
  if (token.type === types.ROOT || token.type === types.GROUP)
    return token.options !== undefined ? token.options.flat() : (token.stack ?? []);
  if (token.type === types.REPETITION) return [token.value];
  return [];
}

/** True when the token can match in more than one way by itself: an optional or repeated part, or a choice. */
function canVary(token: Node): boolean {
  if (token.type === types.REPETITION && token.min !== token.max) return true;
  if ((token.type === types.ROOT || token.type === types.GROUP) && token.options !== undefined && token.options.length > 1) return true;
  return children(token).some(canVary);
}

function findRepeatedChoice(token: Node): string | undefined {
  if (token.type === types.REPETITION && token.max > 1 && canVary(token.value)) {
    return 'repeats a part that can itself match in more than one way, as in (a+)+, (a?a)+ or (a|aa)+; rewrite it without the nested repetition';
  }
  for (const child of children(token)) {
    const found = findRepeatedChoice(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The most wide quantifiers one match can pass through: summed along a sequence, the largest of a choice's options. */
function countWide(token: Node): number {
  if (token.type === types.REPETITION) return (token.max > WIDE_QUANTIFIER ? 1 : 0) + countWide(token.value);
  if (token.type === types.ROOT || token.type === types.GROUP) {
    const options = token.options ?? [token.stack ?? []];
    return Math.max(0, ...options.map((option) => option.reduce((sum, child) => sum + countWide(child), 0)));
  }
  return 0;
}
