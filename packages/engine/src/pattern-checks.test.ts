import { describe, expect, it } from 'vitest';
import { checkPattern } from './pattern-checks.js';

const literalOk = (regex: string, literal: string) => !checkPattern({ regex, literal }).some((p) => p.field === 'literal');

describe('checkPattern literal check', () => {
  it('accepts a literal that every alternative and group contains', () => {
    expect(literalOk('(?:buy|send) gift cards?', 'gift card')).toBe(true);
    expect(literalOk('(?:itunes|steam) card', 'card')).toBe(true);
    expect(literalOk('\\bpress (?:1|one)\\b', 'press')).toBe(true);
    expect(literalOk('(?:verify (?:now|today))+', 'verify')).toBe(true);
    expect(literalOk('[Cc]ode', 'code')).toBe(true);
  });

  it('refuses a literal an optional part or one alternative may leave out', () => {
    expect(literalOk('gift (?:card|voucher)', 'card')).toBe(false);
    expect(literalOk('(?:gift )?card', 'gift')).toBe(false);
    expect(literalOk('gift\\s+card', 'gift card')).toBe(false);
    expect(literalOk('(?!scam)code', 'scam')).toBe(false);
  });

  it('accepts safe patterns and refuses nested quantifiers', () => {
    expect(checkPattern({ regex: 'purchase\\b[^.!?]{0,60}\\bdetected', literal: 'purchase' })).toEqual([]);
    expect(checkPattern({ regex: '(\\w+\\s?)*$', literal: 'abc' }).map((p) => p.field)).toEqual(['regex', 'literal']);
  });

  it('refuses a lookbehind with a message instead of throwing', () => {
    expect(checkPattern({ regex: '(?<!un)paid now', literal: 'paid' })).toEqual([
      {
        field: 'regex',
        message: 'pattern `(?<!un)paid now` can backtrack catastrophically: it uses syntax the engine cannot analyse for backtracking',
      },
    ]);
  });
});
