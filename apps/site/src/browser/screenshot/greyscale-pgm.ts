// Turns a screenshot's pixels into the picture the OCR reads best: grey, dark text on a light
// background (dark-mode screenshots are inverted), as a PGM file, which Leptonica reads without a
// decoder and the browser writes without compressing.

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
  return file;
}
