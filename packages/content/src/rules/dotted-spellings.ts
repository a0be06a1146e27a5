// Scam texts break their key words with a dot ("paymen.t", "pr.esent", "acc.ount") so that filters miss them.
// The engine's normalisation joins spaced letters but not a dot inside a word, so these patterns spell the dots out.
import type { Pattern } from '@redflags/schema';

/**
 * One pattern for each place a single dot can split the word. The dotted spelling itself is the literal the
 * prefilter looks for, so the patterns cost nothing on ordinary text.
 * @example dottedSpellings('gift') // [{ regex: '\\bg\\.ift\\b', literal: 'g.ift' }, { regex: '\\bgi\\.ft\\b', literal: 'gi.ft' }, …]
 */
export function dottedSpellings(...words: string[]): Pattern[] {
  return words.flatMap((word) =>
    [...word].slice(1).map((_, index) => {
      const [left, right] = [word.slice(0, index + 1), word.slice(index + 1)];
      return { regex: `\\b${left}\\.${right}\\b`, literal: `${left}.${right}` };
    }),
  );
}
