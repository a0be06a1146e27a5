import { describe, expect, it } from 'vitest';
import { eraseUnderlines } from './erase-underlines';

/** A white picture of `width` × `height` with dark rectangles [x0, y0, x1, y1) painted on it. */
function picture(width: number, height: number, ...rectangles: [number, number, number, number][]): Uint8Array {
  const grey = new Uint8Array(width * height).fill(255);
  for (const [x0, y0, x1, y1] of rectangles) for (let y = y0; y < y1; y += 1) grey.fill(0, y * width + x0, y * width + x1);
  return grey;
}
const darkIn = (grey: Uint8Array, width: number, y: number) =>
  [...grey.subarray(y * width, (y + 1) * width)].filter((value) => value < 128).length;

describe('eraseUnderlines', () => {
  it('whitens a thin line under letters, keeping the letters and a tail that crosses it', () => {
    // Letters' stems (x 20–26 and 60–66, y 5–27), a 3-px underline from x 10 to 190 at y 30, a tail through it (x 100–106, y 10–40).
    const grey = picture(200, 50, [20, 5, 26, 27], [60, 5, 66, 27], [10, 30, 190, 33], [100, 10, 106, 40]);
    eraseUnderlines(grey, 200, 50);
    expect([30, 31, 32].map((y) => darkIn(grey, 200, y))).toEqual([6, 6, 6]);
    expect(darkIn(grey, 200, 20)).toBe(18);
    expect(darkIn(grey, 200, 36)).toBe(6);
  });

  it('keeps the bars of letters (T, E, a dash), joined bars (TT) and thick bars of the screen', () => {
    const grey = picture(
      400,
      100,
      // "TT": two stems under one 60-px bar 5 px thick.
      [10, 10, 70, 15],
      [37, 10, 43, 40],
      [57, 10, 63, 40],
      // A 40-px dash 4 px thick, and a bar of the screen 200 × 12.
      [100, 20, 140, 24],
      [150, 60, 350, 72],
    );
    const before = [...grey];
    eraseUnderlines(grey, 400, 100);
    expect([...grey]).toEqual(before);
  });

  it('whitens a short piece of underline under a letter wrapped alone, or between two tails, but not an underscore or "="', () => {
    const grey = picture(
      300,
      80,
      // The "r" of a link's last row: a stem (x 12–16, y 5–33), its arm, and its 21-px underline 6 px below (y 40–43).
      [12, 5, 16, 34],
      [16, 5, 28, 9],
      [7, 40, 28, 43],
      // An underscore (x 60–85, y 40–43) between two letters' stems that stop at y 33.
      [50, 5, 55, 34],
      [90, 5, 95, 34],
      [60, 40, 85, 43],
      // "=": two 24-px bars, 6 px apart.
      [120, 20, 144, 23],
      [120, 29, 144, 32],
    );
    const bars = eraseUnderlines(grey, 300, 80);
    expect([40, 41, 42].map((y) => darkIn(grey, 300, y))).toEqual([25, 25, 25]);
    expect(darkIn(grey, 300, 30)).toBe(4 + 5 + 5 + 24);
    // The bars it kept, for the clean-up to find underscores the OCR read as spaces.
    expect(bars).toEqual([
      { x0: 120, y0: 20, x1: 144, y1: 23 },
      { x0: 120, y0: 29, x1: 144, y1: 32 },
      { x0: 60, y0: 40, x1: 85, y1: 43 },
    ]);
  });

  it('does not hand on a piece of underline under a space between two descenders as a bar', () => {
    // An underline from x 10 to 150 and a piece of it (x 170–190) past a descender's gap, both at y 40–43; nothing over the piece.
    const grey = picture(300, 60, [10, 40, 150, 43], [170, 40, 190, 43], [155, 20, 161, 50], [200, 20, 206, 50]);
    expect(eraseUnderlines(grey, 300, 60)).toEqual([]);
  });

  it('refuses pixels that do not fill the picture', () => {
    expect(() => eraseUnderlines(new Uint8Array(3), 2, 2)).toThrow('expected 4 grey pixels for 2 × 2, got 3');
  });
});
