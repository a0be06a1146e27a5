import { describe, expect, it } from 'vitest';
import { continuesRowAbove, type OcrLine } from './ocr-page';

/** A line of one word spanning x0–x1, 48 px tall from y. */
const row = (text: string, x0: number, x1: number, y: number, confidence = 95): OcrLine => {
  const box = { x0, y0: y, x1, y1: y + 48 };
  return { words: [{ text, confidence, box }], box };
};

// Rows of an Android bubble on a 1170 × 2532 screenshot: 66 px apart, text from x 190 to at most ~910.
const bubble = [row('Look who died in an accident I', 191, 911, 485), row('think you know him so', 187, 725, 551)];

describe('continuesRowAbove', () => {
  it('is true for the next row of a paragraph, at its left edge, right under a row the text wrapped out of', () => {
    expect(continuesRowAbove(row('back', 190, 300, 551), [row('Aight, I’ll text you when I’m', 186, 840, 485)])).toBe(true);
    expect(continuesRowAbove(row('ection.me/JaZcP', 91, 617, 617, 33), [...bubble, row('http://processingprot', 87, 779, 551)])).toBe(true);
  });

  it('is true for a long link wrapped whole under a short row, as it did not fit after it', () => {
    const rows = [row('Support Request -', 190, 751, 745), row('Fraud Alert - [ID: BAZEET]', 187, 893, 679)];
    expect(continuesRowAbove(row('J11U7V-', 183, 430, 830), rows)).toBe(true);
    expect(continuesRowAbove(row('https://bit.ly/42GN8U0', 190, 893, 915, 10), [...rows, row('J11U7V-', 183, 430, 830)])).toBe(true);
  });

  it('is false for a stamp or notice centred or to the right under a bubble', () => {
    expect(continuesRowAbove(row('Today', 485, 600, 617), bubble)).toBe(false);
    expect(continuesRowAbove(row('Delivered', 900, 1100, 617), bubble)).toBe(false);
  });

  it('is false a paragraph break below, and under a row whose end had room for its first word (nothing wrapped out of it)', () => {
    expect(continuesRowAbove(row('today', 190, 320, 551 + 48 + 60), bubble)).toBe(false);
    expect(
      continuesRowAbove(row('to me', 290, 400, 164), [
        row('PayPal <service@paypal.com>', 291, 560, 110),
        row('Dear Customer, your account', 293, 1100, 40),
      ]),
    ).toBe(false);
  });
});
