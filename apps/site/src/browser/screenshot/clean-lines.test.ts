import { describe, expect, it } from 'vitest';
import { cleanLines, repairWord } from './clean-lines';
import type { OcrLine } from './ocr-page';

/**
 * A line of words 40 px tall at y 100, laid out left to right from x 0: each word 20 px per
 * character, 12 px apart; a number in the list moves the next word that far right instead.
 */
function line(...items: ([string, number] | number)[]): OcrLine {
  let x = 0;
  const words = [];
  for (const item of items) {
    if (typeof item === 'number') {
      x += item;
      continue;
    }
    const [text, confidence] = item;
    words.push({ text, confidence, box: { x0: x, y0: 100, x1: x + text.length * 20, y1: 140 } });
    x += text.length * 20 + 12;
  }
  return { words, box: { x0: 0, y0: 100, x1: x, y1: 140 } };
}
/** The line moved right by dx and down by dy. */
function moved(original: OcrLine, dx: number, dy: number): OcrLine {
  const shift = ({ x0, y0, x1, y1 }: OcrLine['box']) => ({ x0: x0 + dx, y0: y0 + dy, x1: x1 + dx, y1: y1 + dy });
  return { words: original.words.map((word) => ({ ...word, box: shift(word.box) })), box: shift(original.box) };
}
const texts = (lines: OcrLine[]) => lines.map((piece) => piece.words.map((word) => word.text).join(' '));

describe('cleanLines', () => {
  it('drops symbols read from an avatar or a bubble corner at either end of a line', () => {
    expect(texts(cleanLines([line(['©', 60], ['uk.com/pay', 90])]))).toEqual(['uk.com/pay']);
    expect(texts(cleanLines([line(['+', 90], ['(', 80], ['Text', 95], ['Message', 95])]))).toEqual(['Text Message']);
    expect(texts(cleanLines([line(['[.)', 20], ['redelivery-uk.com/pay', 60], ['»', 70])]))).toEqual(['redelivery-uk.com/pay']);
  });

  it('drops short low-confidence scraps at the edges but keeps confident short words', () => {
    expect(texts(cleanLines([line(['(A', 17], ['+44', 80], ['7700900461', 85])]))).toEqual(['+44 7700900461']);
    expect(texts(cleanLines([line(['save', 95], ['me', 95], ['a', 94], ['seat', 95], ['x', 88])]))).toEqual(['save me a seat x']);
  });

  it('cuts a line where it jumps across the screen, such as a folder list beside a mail', () => {
    const merged = line(['Inbox', 95], ['24', 95], 150, ['Your', 96], ['account', 96], ['has', 96], ['been', 96], ['limited', 94]);
    const pieces = cleanLines([merged]);
    expect(texts(pieces)).toEqual(['Inbox 24', 'Your account has been limited']);
    expect(pieces[1]!.box).toEqual({ x0: 314, y0: 100, x1: 862, y1: 140 });
  });

  it('drops an avatar’s letter or a count standing apart from the line’s text, however clearly read', () => {
    expect(texts(cleanLines([line(['Oo', 50], 60, ['redelivery-uk.com/pay', 88])]))).toEqual(['redelivery-uk.com/pay']);
    expect(texts(cleanLines([line(['H', 91], 80, ['496', 95], ['0734.', 95])]))).toEqual(['496 0734.']);
    expect(texts(cleanLines([line(['(5)', 82], 80, ['a', 95], ['seat', 95])]))).toEqual(['a seat']);
  });

  it('keeps a short word that is a line of its own, such as a wrapped sign-off', () => {
    expect(texts(cleanLines([line(['X', 88])]))).toEqual(['X']);
    expect(texts(cleanLines([line(['Hi', 90])]))).toEqual(['Hi']);
  });

  it('keeps a clearly read "&" and a bar standing for "I" at the start of a line', () => {
    expect(texts(cleanLines([line(['&', 93], ['Nokia', 93], ['&', 93], ['FREE', 95])]))).toEqual(['& Nokia & FREE']);
    expect(texts(cleanLines([line(['|', 83], ['am', 92], ['in', 92])]))).toEqual(['I am in']);
    expect(texts(cleanLines([line(['&', 40], ['Nokia', 93])]))).toEqual(['Nokia']);
    expect(texts(cleanLines([line(['Text', 95], ['Message', 95], ['|', 70])]))).toEqual(['Text Message']);
  });

  it('keeps a clear bar at the end of a line of words as the word "I" ("princess? I" / "bet the…")', () => {
    expect(texts(cleanLines([line(['Why', 95], ['is', 94], ['that,', 96], ['princess?', 94], ['|', 92])]))).toEqual([
      'Why is that, princess? I',
    ]);
    expect(texts(cleanLines([line(['|', 92])]))).toEqual([]);
    // After a mail client's buttons, a bar is a separator.
    expect(texts(cleanLines([line(['Reply', 95], ['Forward', 95], ['|', 90])]))).toEqual(['Reply Forward']);
  });

  it('keeps the rest of a paragraph’s last row however unsure the OCR was of it, and drops the same scrap set apart', () => {
    // Rows 40 px tall, 10 px apart, at the same left edge: the end of a wrapped link read at 33 %, a wrapped "6vi" at 34 %.
    const link = line(['http://processingprot', 91]);
    const rest = moved(line(['ection.me/JaZcP', 33]), 0, 50);
    expect(texts(cleanLines([link, rest]))).toEqual(['http://processingprot', 'ection.me/JaZcP']);
    // An avatar's dot read beside the rest is dropped, and the rest's box is where its words are (at the link's edge).
    const besideAvatar = moved(line(['.', 18], 20, ['6Vi', 34]), -52, 50);
    const [, kept] = cleanLines([link, besideAvatar]);
    expect(texts([kept!])).toEqual(['6Vi']);
    expect(kept!.box.x0).toBe(0);
    // Far below, or off to the side: noise.
    expect(texts(cleanLines([link, moved(rest, 0, 200)]))).toEqual(['http://processingprot']);
    expect(texts(cleanLines([link, moved(rest, 300, 50)]))).toEqual(['http://processingprot']);
  });

  it('joins two words with the underscore the OCR read as a space, where a bar lies low between them', () => {
    // "Update" (x 0–120) and "Now" (x 132–192), 40 px tall at y 100.
    const read = line(['Update', 68], ['Now', 68]);
    const underscore = { x0: 119, y0: 141, x1: 133, y1: 144 };
    expect(texts(cleanLines([read], [underscore]))).toEqual(['Update_Now']);
    expect(cleanLines([read], [underscore])[0]!.words[0]!.box).toEqual({ x0: 0, y0: 100, x1: 192, y1: 140 });
    // A dash at mid-height, a speck, or a bar elsewhere on the picture: the words stay apart.
    for (const bar of [
      { x0: 119, y0: 118, x1: 133, y1: 121 },
      { x0: 125, y0: 141, x1: 127, y1: 142 },
      { x0: 400, y0: 141, x1: 414, y1: 144 },
    ])
      expect(texts(cleanLines([read], [bar]))).toEqual(['Update Now']);
  });

  it('keeps symbols inside a line and a lone currency sign', () => {
    expect(texts(cleanLines([line(['fee', 95], ['-', 90], ['pay', 95])]))).toEqual(['fee - pay']);
    expect(texts(cleanLines([line(['£', 90], ['5', 90])]))).toEqual(['£ 5']);
  });

  it('leaves out lines of icons and of noise read as letters', () => {
    expect(cleanLines([line(['~~', 15], ['<@', 30], ['©', 40])])).toEqual([]);
    expect(cleanLines([line(['LRaoanonr', 27], ['-', 50])])).toEqual([]);
    expect(cleanLines([line()])).toEqual([]);
  });

  it('keeps the line’s box when the line is not cut', () => {
    const whole = line(['Hello', 90], ['there', 90]);
    expect(cleanLines([whole])[0]!.box).toBe(whole.box);
  });
});

describe('repairWord', () => {
  it('reads letters that look like digits as digits in a phone number or an amount', () => {
    expect(repairWord('O161')).toBe('0161');
    expect(repairWord('49O')).toBe('490');
    expect(repairWord('49O6')).toBe('4906');
    expect(repairWord('07l00')).toBe('07100');
    expect(repairWord('(4l5)')).toBe('(415)');
    expect(repairWord('£1O.99')).toBe('£10.99');
  });

  it('leaves words, times and mixed tokens alone', () => {
    for (const word of ['Online', 'HOLD', '6pm', '10:15', 'B12', 'hmrc-refund', 'paypa1-secure', 'ZIP', 'O2'])
      expect(repairWord(word)).toBe(word);
  });

  it('reads a bar standing for the word I as I', () => {
    expect(repairWord('|')).toBe('I');
    expect(repairWord('|’m')).toBe('I’m');
    expect(repairWord("|'ll")).toBe("I'll");
    expect(repairWord('|f')).toBe('If');
    expect(repairWord('a|b')).toBe('a|b');
  });

  it('reads an "l" standing for the word I as I: alone, with its endings, or run on after "!" or "?"', () => {
    expect(repairWord('l')).toBe('I');
    expect(repairWord("l'm")).toBe("I'm");
    expect(repairWord('l’ll')).toBe('I’ll');
    expect(repairWord('today?l')).toBe('today?I');
    expect(repairWord('MUCH!!l')).toBe('MUCH!!I');
    for (const word of ['lol', 'l8r', "l'amour", 'ball', 'www.example.nl', 'site.l', 'https://x.com/a?l'])
      expect(repairWord(word)).toBe(word);
  });
});
