import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight.js';

describe('highlightSegments', () => {
  it('marks each span and keeps the text between them', () => {
    expect(highlightSegments('pay by gift card now', [{ start: 7, end: 16 }])).toEqual([
      { text: 'pay by ', marked: false },
      { text: 'gift card', marked: true },
      { text: ' now', marked: false },
    ]);
  });

  it('merges overlapping and touching spans, in any order, and clips spans past the end', () => {
    expect(highlightSegments('abcdefgh', [{ start: 4, end: 6 }, { start: 1, end: 3 }, { start: 2, end: 4 }, { start: 7, end: 20 }])).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdef', marked: true },
      { text: 'g', marked: false },
      { text: 'h', marked: true },
    ]);
  });

  it('returns the whole text unmarked without spans', () => {
    expect(highlightSegments('hello', [])).toEqual([{ text: 'hello', marked: false }]);
  });
});
