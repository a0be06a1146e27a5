// Turns a screenshot's pixels into the picture the OCR reads best: grey, dark text on a light
// background (dark-mode screenshots are inverted), without the lines under links, as a PGM file,
// which Leptonica reads without a decoder and the browser writes without compressing.

/** Luminance (ITU-R BT.601 weights, scaled by 1000) below which a pixel counts as dark. */
const DARK_BELOW = 128;

/**
 * Encodes RGBA pixels (as from `getImageData`) as a binary PGM (P5). When most pixels are dark — a
 * dark-mode screenshot — the grey values are inverted, so text is dark on light as the model was trained.
 * @example toGreyscalePgm(new Uint8ClampedArray([0, 0, 0, 255]), 1, 1) // "P5\n1 1\n255\n" + [255]
 */
export function toGreyscalePgm(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Uint8Array<ArrayBuffer> {
  const pixels = width * height;
  if (rgba.length !== pixels * 4) throw new Error(`expected ${pixels * 4} RGBA bytes for ${width} × ${height}, got ${rgba.length}`);
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const file = new Uint8Array(header.length + pixels);
  file.set(header);
  const grey = file.subarray(header.length);
  let dark = 0;
  for (let pixel = 0, byte = 0; pixel < pixels; pixel += 1, byte += 4) {
    const value = (299 * rgba[byte]! + 587 * rgba[byte + 1]! + 114 * rgba[byte + 2]!) / 1000;
    grey[pixel] = value;
    if (value < DARK_BELOW) dark += 1;
  }
  if (dark * 2 > pixels) {
    for (let pixel = 0; pixel < pixels; pixel += 1) grey[pixel] = 255 - grey[pixel]!;
  }
  eraseUnderlines(grey, width, height);
  return file;
}

/** A dark run at least this share of the picture's width (and 40 px) may be a line; a letter's stroke is shorter. */
const LINE_SHARE = 0.05;
/** A line at most this many pixels thick is an underline or a rule, not a letter or a bar of the screen. */
const LINE_THICKNESS = 8;
/** Share of a run's pixels that must be dark in a row for the row to belong to the line. */
const LINE_FILL = 0.9;
/** Share of dark pixels in the rows just above and below a line, at most: it stands clear of other dark shapes. */
const CLEAR_FILL = 0.5;

/**
 * Whitens thin horizontal lines: the underline of a link crosses the letters' tails (q read as g) and
 * joins them into one shape; rules and box edges are not text either.
 * @example a 1170-px-wide screenshot: a dark run of 58 px or more, at most 8 px thick, with lighter rows above and below it
 */
export function eraseUnderlines(grey: Uint8Array, width: number, height: number): void {
  const shortest = Math.max(40, Math.round(width * LINE_SHARE));
  const darkShare = (y: number, from: number, to: number) => {
    if (y < 0 || y >= height) return 0;
    let dark = 0;
    for (let x = from, pixel = y * width + from; x < to; x += 1, pixel += 1) if (grey[pixel]! < DARK_BELOW) dark += 1;
    return dark / (to - from);
  };
  for (let y = 0; y < height; y += 1) {
    let x = 0;
    while (x < width) {
      if (grey[y * width + x]! >= DARK_BELOW) {
        x += 1;
        continue;
      }
      const from = x;
      while (x < width && grey[y * width + x]! < DARK_BELOW) x += 1;
      if (x - from < shortest) continue;
      // The run's band: the rows below it that are dark across the run (rows above were seen first).
      let bottom = y;
      while (bottom + 1 < height && bottom - y + 1 <= LINE_THICKNESS && darkShare(bottom + 1, from, x) >= LINE_FILL) bottom += 1;
      const thin = bottom - y + 1 <= LINE_THICKNESS;
      if (thin && darkShare(y - 1, from, x) < CLEAR_FILL && darkShare(bottom + 1, from, x) < CLEAR_FILL) {
        for (let row = y; row <= bottom; row += 1) grey.fill(255, row * width + from, row * width + x);
      }
    }
  }
}
