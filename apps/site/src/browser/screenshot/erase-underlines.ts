// Whitens the lines under links before the OCR reads a picture. An underline touches or nearly touches
// the letters above it, so tesseract's layout analysis takes the row of text for a rule and drops it
// (the first row of a wrapped link went missing) or reads the line into the letters ("r" read as "-").
// The short bars it leaves (dashes, underscores) are handed on: the OCR reads an underscore as a space.
import type { Box } from './ocr-page';

/** A grey value below this is ink (the picture is dark text on a light background by now). */
const INK_BELOW = 128;
/**
 * A stretch of ink is a line, not part of a letter, when it runs at least this many times its own
 * thickness: an underline runs 20–300 times its 1–3 px; a letter's bar (T, E, an em dash, "_") 5–15 times.
 */
const LINE_LENGTH_PER_THICKNESS = 20;
/** Thicker than this many pixels, a stretch of ink is a letter's stem or a bar of the screen, never an underline. */
const MAX_THICKNESS = 6;

/**
 * Whitens, in place, horizontal stretches of thin ink that run far longer than they are thick, and
 * pieces of them under letters. Where a letter's tail crosses the line its ink is tall, so the line is
 * cut there and the tail is kept. Returns the short bars standing alone that it kept (a dash, an
 * underscore, the bars of "="), where they are.
 * @example eraseUnderlines(grey, 1170, 2532) // the underline of "https://royalmail-uk.com/pay" is gone, its letters stay
 */
export function eraseUnderlines(grey: Uint8Array, width: number, height: number): Box[] {
  if (grey.length !== width * height)
    throw new Error(`expected ${width * height} grey pixels for ${width} × ${height}, got ${grey.length}`);
  // For each ink pixel, how tall the column of ink it belongs to is (0 for a light pixel).
  const inkHeight = new Uint16Array(width * height);
  for (let x = 0; x < width; x += 1) {
    let y = 0;
    while (y < height) {
      if (grey[y * width + x]! >= INK_BELOW) {
        y += 1;
        continue;
      }
      const top = y;
      while (y < height && grey[y * width + x]! < INK_BELOW) y += 1;
      for (let row = top; row < y; row += 1) inkHeight[row * width + x] = y - top;
    }
  }
  const bars: Box[] = [];
  const underlines: Box[] = [];
  for (let y = 0; y < height; y += 1) {
    let x = 0;
    while (x < width) {
      const pixel = y * width + x;
      const thin = inkHeight[pixel]! > 0 && inkHeight[pixel]! <= MAX_THICKNESS;
      if (!thin) {
        x += 1;
        continue;
      }
      const from = x;
      let thickest = 0;
      while (x < width) {
        const ink = inkHeight[y * width + x]!;
        if (ink === 0 || ink > MAX_THICKNESS) break;
        thickest = Math.max(thickest, ink);
        x += 1;
      }
      const long = x - from >= thickest * LINE_LENGTH_PER_THICKNESS;
      const alone = !long && standsAlone(inkHeight, width, height, y, from, x, thickest);
      if (long || (alone && isUnderLetters(inkHeight, width, y, from, x, thickest))) {
        whitenLine(grey, inkHeight, width, height, y, from, x);
        if (long) underlines.push({ x0: from, y0: y, x1: x, y1: y + thickest });
      } else if (alone && x - from >= thickest * PIECE_LENGTH_PER_THICKNESS) {
        bars.push({ x0: from, y0: y, x1: x, y1: y + thickest });
        // Found once, not again on its next rows: each column's ink of the bar is set aside.
        for (let column = from; column < x; column += 1)
          for (let row = y; row < height && inkHeight[row * width + column]! > 0; row += 1) inkHeight[row * width + column] = 0;
      }
    }
  }
  // A piece of a long underline, under a space between two descenders ("Verify your"), is not an underscore.
  return bars.filter((bar) => !underlines.some((line) => inLineWith(bar, line)));
}

/** Two bars on one row (within their thickness) and near each other (within UNDERLINE_REACH of their thickness). */
function inLineWith(bar: Box, line: Box): boolean {
  const thickness = Math.max(bar.y1 - bar.y0, line.y1 - line.y0);
  const apart = Math.max(bar.x0 - line.x1, line.x0 - bar.x1);
  return Math.abs(bar.y0 - line.y0) <= thickness && apart <= thickness * UNDERLINE_REACH;
}

/** A bar on an underline's row, at most this many times its thickness from it, is a piece of that underline. */
const UNDERLINE_REACH = 40;
/** A piece of underline is at least this many times as long as it is thick (a dot or a comma is not). */
const PIECE_LENGTH_PER_THICKNESS = 3;
/** The letters an underline is under are at most this many times its thickness above it. */
const LETTERS_WITHIN = 4;
/** Letters stand over at least this share of an underline's piece (an "r" alone: its stem, a fifth). */
const LETTERS_OVER = 0.15;

/**
 * True when no ink touches the ends of the stretch starting in row `y` from `from` to `to`, `thickness` rows
 * deep: it is a bar of its own, not the bottom of a curve ("e", "s") or a letter's foot.
 */
function standsAlone(
  inkHeight: Uint16Array,
  width: number,
  height: number,
  y: number,
  from: number,
  to: number,
  thickness: number,
): boolean {
  for (let row = Math.max(0, y - 1); row <= Math.min(height - 1, y + thickness); row += 1) {
    if (from > 0 && inkHeight[row * width + from - 1]! > 0) return false;
    if (to < width && inkHeight[row * width + to]! > 0) return false;
  }
  return true;
}

/**
 * True when the stretch of thin ink in row `y` from `from` to `to`, standing alone, is
 * a piece of underline: under a short word wrapped onto a row of its own ("r" of ".com/8930er") or between
 * two descenders that cut the underline. It is under letters, a light gap above it, and a letter's stem
 * or bowl is among them. An underscore or a dash has nothing over it; the lower bar of "=" has only a bar.
 */
function isUnderLetters(inkHeight: Uint16Array, width: number, y: number, from: number, to: number, thickness: number): boolean {
  if (to - from < thickness * PIECE_LENGTH_PER_THICKNESS) return false;
  let covered = 0;
  let stem = false;
  for (let x = from; x < to; x += 1) {
    let row = y;
    while (row > 0 && inkHeight[(row - 1) * width + x]! > 0) row -= 1;
    const top = row;
    row -= 1;
    while (row >= 0 && top - row <= thickness * LETTERS_WITHIN && inkHeight[row * width + x] === 0) row -= 1;
    const above = row >= 0 && top - row > 1 && top - row <= thickness * LETTERS_WITHIN ? inkHeight[row * width + x]! : 0;
    if (above > 0) covered += 1;
    if (above > MAX_THICKNESS) stem = true;
  }
  return stem && covered >= (to - from) * LETTERS_OVER;
}

/**
 * Whitens the line found in row `y` from `from` to `to`: each column's ink, and the anti-aliased pixel
 * just above and below it, take the lighter of the two pixels beyond them (the background there).
 */
function whitenLine(grey: Uint8Array, inkHeight: Uint16Array, width: number, height: number, y: number, from: number, to: number): void {
  for (let x = from; x < to; x += 1) {
    if (inkHeight[y * width + x] === 0) continue;
    let top = y;
    while (top > 0 && inkHeight[(top - 1) * width + x]! > 0) top -= 1;
    let bottom = y;
    while (bottom + 1 < height && inkHeight[(bottom + 1) * width + x]! > 0) bottom += 1;
    const above = Math.max(0, top - 2);
    const below = Math.min(height - 1, bottom + 2);
    const background = Math.max(grey[above * width + x]!, grey[below * width + x]!);
    for (let row = Math.max(0, top - 1); row <= Math.min(height - 1, bottom + 1); row += 1) {
      grey[row * width + x] = background;
      inkHeight[row * width + x] = 0;
    }
  }
}
