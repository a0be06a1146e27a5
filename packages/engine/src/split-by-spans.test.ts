// The pieces a page, the admin and the CLI mark: spans clamped, merged and cut out of the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBySigns, splitBySpans } from './split-by-spans.js';

describe('splitBySpans', () => {
  it('marks exactly the spans and keeps the rest as plain text', () => {
    expect(splitBySpans('press 1 now', [{ start: 0, end: 7 }])).toEqual([
      { text: 'press 1', marked: true },
      { text: ' now', marked: false },
    ]);
  });

  it('merges overlapping and touching spans from different findings', () => {
    expect(
      splitBySpans('abcdefgh', [
        { start: 4, end: 6 },
        { start: 1, end: 3 },
        { start: 2, end: 4 },
      ]),
    ).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdef', marked: true },
      { text: 'gh', marked: false },
    ]);
  });

  it('clamps spans past the end of the text and drops empty ones', () => {
    expect(
      splitBySpans('abc', [
        { start: 2, end: 99 },
        { start: 5, end: 9 },
      ]),
    ).toEqual([
      { text: 'ab', marked: false },
      { text: 'c', marked: true },
    ]);
  });

  it('keeps surrogate pairs whole when spans are UTF-16 offsets around them', () => {
    const text = 'Win 🎁 gift card';
    const start = text.indexOf('gift');
    expect(splitBySpans(text, [{ start, end: start + 9 }]).map((p) => p.text)).toEqual(['Win 🎁 ', 'gift card']);
  });

  it('returns the whole text unmarked when there are no spans', () => {
    expect(splitBySpans('hello', [])).toEqual([{ text: 'hello', marked: false }]);
  });

  it('marks each span and keeps the text between them', () => {
    expect(splitBySpans('pay by gift card now', [{ start: 7, end: 16 }])).toEqual([
      { text: 'pay by ', marked: false },
      { text: 'gift card', marked: true },
      { text: ' now', marked: false },
    ]);
  });

  it('merges overlapping and touching spans, in any order, and clips spans past the end', () => {
    expect(
      splitBySpans('abcdefgh', [
        { start: 4, end: 6 },
        { start: 1, end: 3 },
        { start: 2, end: 4 },
        { start: 7, end: 20 },
      ]),
    ).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdef', marked: true },
      { text: 'g', marked: false },
      { text: 'h', marked: true },
    ]);
  });

  it('returns the whole text unmarked without spans', () => {
    expect(splitBySpans('hello', [])).toEqual([{ text: 'hello', marked: false }]);
  });
});

describe('splitBySigns', () => {
  it('says which groups reach each marked piece, whichever group the spans came from', () => {
    const text = 'Amazon: a charge of $799. Press 1 now';
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const pieces = splitBySigns(text, [
      { spans: [at('charge of $799'), at('Press 1')] },
      { spans: [at('Press 1 now')] },
      { spans: [at('Amazon')] },
    ]);
    expect(pieces).toEqual([
      { text: 'Amazon', signs: [2] },
      { text: ': a ', signs: [] },
      { text: 'charge of $799', signs: [0] },
      { text: '. ', signs: [] },
      { text: 'Press 1 now', signs: [0, 1] },
    ]);
  });

  it('gives back the text unchanged, each mark tied to at least one group', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.array(fc.tuple(fc.nat(70), fc.nat(70)), { maxLength: 4 }), { maxLength: 4 }),
        (text, raw) => {
          const groups = raw.map((spans) => ({ spans: spans.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })) }));
          const pieces = splitBySigns(text, groups);
          expect(pieces.map((p) => p.text).join('')).toBe(text);
          expect(pieces.every((p) => p.text.length > 0)).toBe(true);
          const marked = splitBySpans(
            text,
            groups.flatMap((g) => g.spans),
          ).filter((p) => p.marked).length;
          expect(pieces.filter((p) => p.signs.length > 0)).toHaveLength(marked);
        },
      ),
    );
  });
});
