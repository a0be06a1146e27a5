import { describe, expect, it } from 'vitest';
import { wholeWords } from './whole-words.js';

describe('wholeWords', () => {
  it('makes one whole-word pattern per word, with the word as its literal', () => {
    expect(wholeWords('ups', 'irs')).toEqual([
      { regex: '\\bups\\b', literal: 'ups' },
      { regex: '\\birs\\b', literal: 'irs' },
    ]);
  });

  it('matches the word alone but not inside a longer word', () => {
    const [pattern] = wholeWords('ups');
    const regex = new RegExp(pattern!.regex);
    expect(regex.test('your ups parcel')).toBe(true);
    expect(regex.test('our groups meet today')).toBe(false);
  });

  it('escapes characters that mean something in a regular expression', () => {
    expect(wholeWords('u.s.')[0]?.regex).toBe('\\bu\\.s\\.\\b');
  });
});
