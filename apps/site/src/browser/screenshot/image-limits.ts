// What the screenshot reader accepts, and the message a person sees when a picture is refused.

/** The picture formats every browser decodes: what phones save screenshots as. */
export const ACCEPTED_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** 10 MB: a full-page phone screenshot is 0.2–3 MB as PNG; a photo of a screen fits too. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** 40 million pixels (a 1170 × 34,000 scrolling capture): beyond that the reader's memory, not the text, is the limit. */
export const MAX_IMAGE_PIXELS = 40_000_000;

/**
 * Why a chosen file cannot be read, or `undefined` when its type and size are fine.
 * @example imageFileProblem({ name: 'notes.pdf', type: 'application/pdf', size: 1000 }) // "notes.pdf is not a picture …"
 */
export function imageFileProblem(file: { name: string; type: string; size: number }): string | undefined {
  const name = file.name || 'That file';
  if (!(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type)) {
    return `${name} is not a picture we can read. Choose a screenshot saved as PNG, JPEG or WebP.`;
  }
  if (file.size > MAX_IMAGE_BYTES) {
    return `${name} is ${megabytes(file.size)}; the reader takes pictures up to ${megabytes(MAX_IMAGE_BYTES)}. Crop the screenshot to the message, or save it as JPEG.`;
  }
  if (file.size === 0) return `${name} is empty. Take the screenshot again and choose the new file.`;
  return undefined;
}

/**
 * Why a decoded picture is too big to read, or `undefined`.
 * @example imageSizeProblem(1170, 2532) // undefined
 */
export function imageSizeProblem(width: number, height: number): string | undefined {
  if (width * height > MAX_IMAGE_PIXELS) {
    return `The picture is ${width.toLocaleString('en')} × ${height.toLocaleString('en')} pixels; the reader takes up to ${(MAX_IMAGE_PIXELS / 1e6).toFixed(0)} million. Crop it to the message and try again.`;
  }
  if (width < 16 || height < 16) return 'The picture is too small to hold readable text.';
  return undefined;
}

/** "3.2 MB", "10 MB". */
export function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${value >= 10 || Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)} MB`;
}
