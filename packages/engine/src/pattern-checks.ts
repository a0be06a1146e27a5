// Checks an editor's pattern before it is used: it must compile, must stay inside what a backtracking
// engine runs in bounded time (pattern-risk.ts: no repeated part that can vary, at most one wide
// quantifier), and every match must contain its literal, or the prefilter would skip messages it matches.
import type { Pattern } from '@redflags/schema';
import type { Set as SetToken, Token, Tokens } from 'ret';
import { normalizeText } from './normalize.js';
import { patternRisk, tokenizer, types } from './pattern-risk.js';

/**
 * Lists what is wrong with a pattern, as `{ field, message }` pairs relative to the pattern.
 * @example checkPattern({ regex: '(a+)+$', literal: 'aaa' }) // [{ field: 'regex', message: 'pattern `(a+)+$` can backtrack catastrophically; …' }]
 */
export function checkPattern(pattern: Pattern): Array<{ field: 'regex' | 'literal'; message: string }> {
  const { regex, literal } = pattern;
  try {
    new RegExp(regex, 'gi');
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
    return [
      {
        field: 'regex',
        message: `pattern \`${regex}\` is not a valid regular expression (${reason}); fix the syntax or use a phrase instead`,
      },
    ];
  }
  const problems: Array<{ field: 'regex' | 'literal'; message: string }> = [];
  const risk = patternRisk(regex);
  if (risk !== undefined) {
    problems.push({ field: 'regex', message: `pattern \`${regex}\` can backtrack catastrophically: it ${risk.reason}` });
  }
  const normalized = normalizeText(literal).text;
  if (normalized !== literal.toLowerCase()) {
    problems.push({
      field: 'literal',
      message: `literal "${literal}" reads "${normalized}" after normalisation; write the pattern and its literal as normalised text (lower case, no accents, hyphens between words as spaces)`,
    });
  } else if (readable(regex) && !alwaysContains(tokenizer(regex), normalized)) {
    problems.push({
      field: 'literal',
      message: `pattern \`${regex}\` does not always contain its literal "${literal}"; choose text every match contains, written the same way in the pattern`,
    });
  }
  return problems;
}

/** Whether ret can read the pattern; one it cannot (lookbehind, `\p{…}`) is already refused by the risk screen. */
function readable(regex: string): boolean {
  try {
    tokenizer(regex);
    return true;
  } catch {
    return false;
  }
}

/** True when every string the regular expression matches contains `literal` (case-insensitively). */
export function alwaysContains(token: Tokens, literal: string): boolean {
  if ('options' in token && token.options !== undefined) return token.options.every((option) => sequenceContains(option, literal));
  if ('stack' in token && token.stack !== undefined) return sequenceContains(token.stack, literal);
  return false;
}

function sequenceContains(sequence: Token[], literal: string): boolean {
  let run = '';
  for (const token of sequence) {
    const fixed = fixedText(token);
    if (fixed !== undefined) {
      run += fixed;
      if (run.includes(literal)) return true;
      continue;
    }
    run = '';
    if (token.type === types.GROUP && token.notFollowedBy !== true && alwaysContains(token, literal)) return true;
    if (
      token.type === types.REPETITION &&
      token.min >= 1 &&
      alwaysContains({ type: types.GROUP, remember: false, stack: [token.value] }, literal)
    )
      return true;
  }
  return false;
}

/** The one text a token always matches (lower-cased), or undefined when it can match different texts. */
function fixedText(token: Token): string | undefined {
  switch (token.type) {
    case types.CHAR:
      return String.fromCharCode(token.value).toLowerCase();
    case types.POSITION:
      return '';
    case types.SET:
      return fixedSetText(token);
    case types.REPETITION: {
      const inner = fixedText(token.value);
      return inner !== undefined && token.min === token.max ? inner.repeat(token.min) : undefined;
    }
    case types.GROUP: {
      if (token.followedBy === true || token.notFollowedBy === true) return token.notFollowedBy === true ? undefined : '';
      const options = token.options ?? [token.stack ?? []];
      const texts = options.map((option) => {
        const parts = option.map(fixedText);
        return parts.every((part) => part !== undefined) ? parts.join('') : undefined;
      });
      return texts.every((text) => text === texts[0]) ? texts[0] : undefined;
    }
    default:
      return undefined;
  }
}

/** `[aA]` or `[.]` always match one letter, case aside; wider sets do not. */
function fixedSetText(token: SetToken): string | undefined {
  if (token.not) return undefined;
  const letters = new Set<string>();
  for (const member of token.set) {
    if (member.type !== types.CHAR) return undefined;
    letters.add(String.fromCharCode(member.value).toLowerCase());
  }
  return letters.size === 1 ? [...letters][0] : undefined;
}
