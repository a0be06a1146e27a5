// Decodes a picture in the browser and turns it into what the OCR reads best (see greyscale-pgm.ts),
// enlarged when it is narrow, since small text is read far worse than large, and without the lines
// under links (see erase-underlines.ts).
import { eraseUnderlines } from './erase-underlines';
import { toGreyscalePgm } from './greyscale-pgm';
import { imageSizeProblem } from './image-limits';
import type { Box } from './ocr-page';

/** A picture ready for the OCR, how much it was enlarged (to map boxes back), and its short bars (see eraseUnderlines), in the enlarged pixels as the OCR's boxes are. */
export interface PreparedPicture {
  pgm: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
  scale: number;
  bars: Box[];
}

/** Thrown with a message for the person: the picture cannot be read, and why. */
export class PictureProblem extends Error {
  override name = 'PictureProblem';
}

/**
 * Pictures likely to hold small text are enlarged twice: a desktop screenshot at 1× (landscape, under
 * 2,000 px wide) has 13–16 px text, below the ~20 px the English model reads best, and so may a narrow
 * crop. Phone screenshots (portrait, 2×–3×) and desktop ones at 2× are read as they are.
 */
function enlargement(width: number, height: number): number {
  return width < 1000 || (width >= height && width < 2000) ? 2 : 1;
}

export async function preparePicture(file: Blob): Promise<PreparedPicture> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new PictureProblem('That file could not be opened as a picture. Take the screenshot again, or save it as PNG or JPEG.');
  }
  try {
    const problem = imageSizeProblem(bitmap.width, bitmap.height);
    if (problem) throw new PictureProblem(problem);
    const scale = enlargement(bitmap.width, bitmap.height);
    const width = bitmap.width * scale;
    const height = bitmap.height * scale;
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new PictureProblem('This browser cannot prepare pictures for reading.');
    // Transparent pixels read as black; a screenshot's background is what shows through.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    const { data } = context.getImageData(0, 0, width, height);
    const pgm = toGreyscalePgm(data, width, height);
    const bars = eraseUnderlines(pgm.subarray(pgm.length - width * height), width, height);
    return { pgm, width: bitmap.width, height: bitmap.height, scale, bars };
  } finally {
    bitmap.close();
  }
}
