// Marks the words that raised each warning sign, for terminal output: "[press 1]{2}" is a bracket
// around the words and the numbers of the signs they belong to.
import type { Span } from '@redflags/schema';
import { splitBySigns } from '../split-by-spans.js';

/**
 * Brackets each marked piece (overlapping spans merged) and follows it with the 1-based numbers of the
 * groups (signs) it belongs to.
 * @example markSignedSpans('press 1 now', [{ spans: [{ start: 0, end: 7 }] }]) // "[press 1]{1} now"
 */
export function markSignedSpans(text: string, groups: ReadonlyArray<{ spans: readonly Span[] }>): string {
  return splitBySigns(text, groups)
    .map((piece) => (piece.signs.length > 0 ? `[${piece.text}]{${piece.signs.map((index) => index + 1).join(',')}}` : piece.text))
    .join('');
}
