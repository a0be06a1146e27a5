// Short names (UPS, IRS, ATO, mum) must match as whole words, not inside other words
// ("groups", "first", "tomato", "moment"). A phrase would match anywhere, so these become patterns.
import type { Pattern } from '@redflags/schema';

/** Escapes a word for use inside a regular expression. */
function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One whole-word pattern per word; the word itself is the literal the prefilter looks for.
 * @example wholeWords('ups', 'irs') // [{ regex: '\\bups\\b', literal: 'ups' }, …]
 */
export function wholeWords(...words: string[]): Pattern[] {
  return words.map((word) => ({ regex: `\\b${escapeRegex(word)}\\b`, literal: word }));
}
