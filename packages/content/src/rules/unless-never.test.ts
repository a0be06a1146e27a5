import { checkPattern } from '@redflags/engine';
import { describe, expect, it } from 'vitest';
import { unlessNever } from './unless-never.js';

const [safeAccount] = unlessNever('safe account');
const matches = (text: string) => new RegExp(safeAccount!.regex, 'i').test(text);

describe('unlessNever', () => {
  it('matches the phrase in an ordinary sentence', () => {
    expect(matches('For your protection, move your money to a safe account today.')).toBe(true);
    expect(matches('Your savings are at risk. Transfer them to a safe account now')).toBe(true);
  });

  it('does not match in a sentence of safe advice that opens with "never"', () => {
    expect(matches('Remember: we will never ask you to move money to a safe account.')).toBe(false);
    expect(matches("Santander won't ask you to send money to a safe account")).toBe(false);
  });

  it('gives patterns the engine accepts', () => {
    expect(checkPattern(safeAccount!)).toEqual([]);
  });
});
