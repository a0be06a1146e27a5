// The pieces a page, the admin and the CLI mark: spans clamped, merged and cut out of the text.
import { describe, expect, it } from 'vitest';
import { splitBySpans } from './split-by-spans.js';

describe('splitBySpans', () => {
  it('marks exactly the spans and keeps the rest as plain text', () => {
    expect(splitBySpans('press 1 now', [{ start: 0, end: 7 }])).toEqual([
      { text: 'press 1', marked: true },
      { text: ' now', marked: false },
    ]);
  });

  it('merges overlapping and touching spans from different findings', () => {
    expect(splitBySpans('abcdefgh', [{ start: 4, end: 6 }, { start: 1, end: 3 }, { start: 2, end: 4 }])).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdef', marked: true },
      { text: 'gh', marked: false },
    ]);
  });

  it('clamps spans past the end of the text and drops empty ones', () => {
    expect(splitBySpans('abc', [{ start: 2, end: 99 }, { start: 5, end: 9 }])).toEqual([
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
    expect(splitBySpans('abcdefgh', [{ start: 4, end: 6 }, { start: 1, end: 3 }, { start: 2, end: 4 }, { start: 7, end: 20 }])).toEqual([
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
