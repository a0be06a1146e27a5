import { describe, expect, it } from 'vitest';
import { toGreyscalePgm } from './greyscale-pgm';

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
