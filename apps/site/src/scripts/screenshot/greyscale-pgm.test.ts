import { describe, expect, it } from 'vitest';
import { eraseUnderlines, toGreyscalePgm } from './greyscale-pgm';

const HEADER = (width: number, height: number) => `P5\n${width} ${height}\n255\n`;
const pixelsOf = (pgm: Uint8Array, width: number, height: number) => [...pgm.subarray(HEADER(width, height).length)];
const rgba = (...pixels: [number, number, number][]) => new Uint8ClampedArray(pixels.flatMap(([r, g, b]) => [r, g, b, 255]));

describe('toGreyscalePgm', () => {
  it('writes a binary PGM header and one grey byte per pixel', () => {
    const pgm = toGreyscalePgm(rgba([255, 255, 255], [0, 0, 0], [255, 255, 255]), 3, 1);
    expect(new TextDecoder().decode(pgm.subarray(0, HEADER(3, 1).length))).toBe(HEADER(3, 1));
    expect(pgm.length).toBe(HEADER(3, 1).length + 3);
  });

  it('keeps dark text on a light background as it is, weighting green most', () => {
    const pgm = toGreyscalePgm(rgba([255, 255, 255], [255, 255, 255], [0, 0, 0], [0, 255, 0], [0, 0, 255]), 5, 1);
    expect(pixelsOf(pgm, 5, 1)).toEqual([255, 255, 0, 149, 29]);
  });

  it('inverts a dark-mode picture so its text is dark on light', () => {
    const pgm = toGreyscalePgm(rgba([0, 0, 0], [0, 0, 0], [28, 28, 30], [255, 255, 255]), 2, 2);
    expect(pixelsOf(pgm, 2, 2)).toEqual([255, 255, 227, 0]);
  });

  it('refuses pixel data of the wrong length', () => {
    expect(() => toGreyscalePgm(new Uint8ClampedArray(12), 2, 2)).toThrow('expected 16 RGBA bytes for 2 × 2, got 12');
  });
});

/** A white picture of `width` × `height` with dark rectangles [x0, y0, x1, y1) painted on it. */
function picture(width: number, height: number, ...rectangles: [number, number, number, number][]): Uint8Array {
  const grey = new Uint8Array(width * height).fill(255);
  for (const [x0, y0, x1, y1] of rectangles) for (let y = y0; y < y1; y += 1) grey.fill(0, y * width + x0, y * width + x1);
  return grey;
}
const darkIn = (grey: Uint8Array, width: number, y: number) => [...grey.subarray(y * width, (y + 1) * width)].filter((value) => value < 128).length;

describe('eraseUnderlines', () => {
  it('whitens a thin line under a link, and the slice of a letter tail it crosses', () => {
    // A 3-px underline from x 10 to 110 at y 30, crossed by a tail (x 50–56, y 20–40).
    const grey = picture(200, 50, [10, 30, 110, 33], [50, 20, 56, 40]);
    eraseUnderlines(grey, 200, 50);
    expect([30, 31, 32].map((y) => darkIn(grey, 200, y))).toEqual([0, 0, 0]);
    expect(darkIn(grey, 200, 25)).toBe(6);
    expect(darkIn(grey, 200, 35)).toBe(6);
  });

  it('keeps letters, short strokes and thick bars', () => {
    // A letter's bar (30 px), a 20-px-thick block (a bar of the screen), a 9-px-thick line.
    const grey = picture(400, 100, [10, 10, 40, 14], [100, 10, 300, 30], [100, 60, 300, 69]);
    const before = [...grey];
    eraseUnderlines(grey, 400, 100);
    expect([...grey]).toEqual(before);
  });
});
