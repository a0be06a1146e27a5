import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick, STOP } from './aho-corasick.js';

/** Every occurrence of every entry, found the slow way, in the matcher's order (by end, longest first). */
function naiveMatches(entries: string[], text: string): Array<[number, number, number]> {
  const found: Array<[number, number, number]> = [];
  entries.forEach((entry, id) => {
    if (entry.length === 0 || entries.indexOf(entry) !== id) return;
    for (let at = text.indexOf(entry); at !== -1; at = text.indexOf(entry, at + 1)) found.push([id, at, at + entry.length]);
  });
  return found.sort((a, b) => a[2] - b[2] || a[1] - b[1]);
}

function matches(entries: string[], text: string): Array<[number, number, number]> {
  const found: Array<[number, number, number]> = [];
  new AhoCorasick(entries).forEachMatch(text, (entry, start, end) => {
    found.push([entry, start, end]);
  });
  return found;
}

describe('AhoCorasick', () => {
  it('finds overlapping and nested entries, by end offset and longest first', () => {
    expect(matches(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      [1, 1, 4],
      [0, 2, 4],
      [3, 2, 6],
    ]);
  });

  it('reports offsets in UTF-16 units, emoji and other scripts included', () => {
    expect(matches(['gift card', '🎁', 'карта'], '🎁 gift card, карта')).toEqual([
      [1, 0, 2],
      [0, 3, 12],
      [2, 14, 19],
    ]);
  });

  it('reports the first of two equal entries once and ignores empty entries', () => {
    expect(matches(['', 'code', 'code'], 'a code')).toEqual([[1, 2, 6]]);
  });

  it('stops when the visitor returns STOP', () => {
    const seen: number[] = [];
    new AhoCorasick(['a']).forEachMatch('aaaa', (_entry, start) => {
      seen.push(start);
      return seen.length === 2 ? STOP : undefined;
    });
    expect(seen).toEqual([0, 1]);
  });

  it('finds exactly what a naive search finds, for any entries and text', { timeout: 30_000 }, () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', 'é', '\ud83c', '\udf81');
    const word = fc.string({ unit: alphabet, minLength: 0, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.string({ unit: alphabet, maxLength: 80 }), (entries, text) => {
        expect(matches(entries, text)).toEqual(naiveMatches(entries, text));
      }),
    );
  });
});
