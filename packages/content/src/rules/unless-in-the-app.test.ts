import { checkPattern } from '@redflags/engine';
import { describe, expect, it } from 'vitest';
import { unlessInTheApp } from './unless-in-the-app.js';

const [updateYour] = unlessInTheApp('update your');
const matches = (text: string) => new RegExp(updateYour!.regex, 'i').test(text);

describe('unlessInTheApp', () => {
  it('matches a request to act through the message', () => {
    expect(matches('Please update your card details here: https://pay-fix.top')).toBe(true);
    expect(matches('Update your details now or lose access.')).toBe(true);
  });

  it('does not match a request that sends you to the app or a branch', () => {
    expect(matches('You may want to update your payment details in the Netflix app.')).toBe(false);
    expect(matches('Kindly update your email address at any branch.')).toBe(false);
  });

  it('does not look past the end of the sentence', () => {
    expect(matches('Update your details at https://pay-fix.top. Our app is being updated.')).toBe(true);
  });

  it('gives patterns the engine accepts', () => {
    expect(checkPattern(updateYour!)).toEqual([]);
  });
});
