import { describe, expect, it } from 'vitest';
import { continuesRowAbove, type OcrLine } from './ocr-page';

/** A line of one word spanning x0–x1, 48 px tall from y. */
const row = (text: string, x0: number, x1: number, y: number, confidence = 95): OcrLine => {
  const box = { x0, y0: y, x1, y1: y + 48 };
  return { words: [{ text, confidence, box }], box };
};

// Rows of an Android bubble on a 1170 × 2532 screenshot: 66 px apart, text from x 190 to at most ~910.
const bubble = [row('Look who died in an accident I', 191, 911, 485), row('think you know him so', 187, 725, 551)];

/** Whether `line` continues a row among `above`, with every line of the page being `above` and it. */
const continues = (line: OcrLine, above: OcrLine[], textWidth?: number) =>
  continuesRowAbove(line, { candidates: above, lines: [...above, line], textWidth });

describe('continuesRowAbove', () => {
  it('is true for the next row of a paragraph, at its left edge, right under a row the text wrapped out of', () => {
    expect(continues(row('back', 190, 300, 551), [row('Aight, I’ll text you when I’m', 186, 840, 485)], 585)).toBe(true);
    expect(continues(row('ection.me/JaZcP', 91, 617, 617, 33), [...bubble, row('http://processingprot', 87, 779, 551)])).toBe(true);
  });

  it('is true for a long link wrapped whole under a short row, as it did not fit after it', () => {
    const rows = [row('Fraud Alert - [ID: BAZEET]', 187, 893, 679), row('Support Request -', 190, 751, 745)];
    expect(continues(row('J11U7V-', 183, 430, 830), rows)).toBe(true);
    expect(continues(row('https://bit.ly/42GN8U0', 190, 893, 915, 10), [...rows, row('J11U7V-', 183, 430, 830)])).toBe(true);
  });

  it('is false for a stamp or notice centred or to the right under a bubble', () => {
    expect(continues(row('Today', 485, 600, 617), bubble)).toBe(false);
    expect(continues(row('Delivered', 900, 1100, 617), bubble)).toBe(false);
  });

  it('is false a paragraph break below, and under a row whose end had room for its first word (nothing wrapped out of it)', () => {
    expect(continues(row('today', 190, 320, 551 + 48 + 60), bubble)).toBe(false);
    // A mail's "to me" under the sender, the mail's text further down at the same edge.
    const sender = row('PayPal <service@paypal.com>', 291, 560, 110);
    const text = row('Dear Customer, your account', 293, 1100, 240);
    expect(
      continuesRowAbove(row('to me', 290, 400, 164), { candidates: [sender], lines: [sender, row('to me', 290, 400, 164), text] }),
    ).toBe(false);
    // On a phone, with only the sender at that edge: the text would run to half the screen's width at least.
    const phoneSender = row('PayPal', 190, 400, 600);
    expect(continues(row('to me', 190, 290, 660), [phoneSender], 585)).toBe(false);
    expect(continues(row('to me', 190, 290, 660), [phoneSender])).toBe(true);
  });
});
