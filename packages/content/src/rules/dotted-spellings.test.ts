import { checkPattern } from '@redflags/engine';
import { describe, expect, it } from 'vitest';
import { dottedSpellings } from './dotted-spellings.js';

const matchesAny = (patterns: ReturnType<typeof dottedSpellings>, text: string) =>
  patterns.some((p) => new RegExp(p.regex, 'i').test(text));

describe('dottedSpellings', () => {
  it('gives one pattern per split, with the dotted spelling as its literal', () => {
    expect(dottedSpellings('gift')).toEqual([
      { regex: '\\bg\\.ift\\b', literal: 'g.ift' },
      { regex: '\\bgi\\.ft\\b', literal: 'gi.ft' },
      { regex: '\\bgif\\.t\\b', literal: 'gif.t' },
    ]);
  });

  it('matches the word broken by one dot anywhere, and not the word itself', () => {
    const present = dottedSpellings('present');
    for (const text of ['a tiny p.resent for you', 'our pre.sent', 'a presen.t']) expect(matchesAny(present, text)).toBe(true);
    expect(matchesAny(present, 'a present for you')).toBe(false);
    expect(matchesAny(present, 'see presentation.pdf')).toBe(false);
  });

  it('gives patterns the engine accepts', () => {
    for (const pattern of dottedSpellings('payment', 'reward')) expect(checkPattern(pattern)).toEqual([]);
  });
});
