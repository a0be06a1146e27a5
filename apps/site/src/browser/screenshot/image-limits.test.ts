import { describe, expect, it } from 'vitest';
import { imageFileProblem, imageSizeProblem, MAX_IMAGE_BYTES, megabytes } from './image-limits';

describe('imageFileProblem', () => {
  it('accepts PNG, JPEG and WebP screenshots up to the limit', () => {
    for (const type of ['image/png', 'image/jpeg', 'image/webp']) {
      expect(imageFileProblem({ name: 'shot', type, size: MAX_IMAGE_BYTES })).toBeUndefined();
    }
  });

  it('refuses other file types, naming the file and the formats it takes', () => {
    expect(imageFileProblem({ name: 'notes.pdf', type: 'application/pdf', size: 1000 })).toBe(
      'notes.pdf is not a picture we can read. Choose a screenshot saved as PNG, JPEG or WebP.',
    );
    expect(imageFileProblem({ name: 'scan.heic', type: 'image/heic', size: 1000 })).toContain('PNG, JPEG or WebP');
    expect(imageFileProblem({ name: 'logo.svg', type: 'image/svg+xml', size: 1000 })).toContain('is not a picture we can read');
  });

  it('refuses a file over 10 MB, saying its size and the limit', () => {
    expect(imageFileProblem({ name: 'big.png', type: 'image/png', size: MAX_IMAGE_BYTES + 1 })).toBe(
      'big.png is 10 MB; the reader takes pictures up to 10 MB. Crop the screenshot to the message, or save it as JPEG.',
    );
    expect(imageFileProblem({ name: 'huge.png', type: 'image/png', size: 23.4 * 1024 * 1024 })).toMatch(/^huge\.png is 23 MB;/);
  });

  it('refuses an empty file', () => {
    expect(imageFileProblem({ name: 'shot.png', type: 'image/png', size: 0 })).toBe(
      'shot.png is empty. Take the screenshot again and choose the new file.',
    );
  });

  it('names a pasted picture without a file name "That file"', () => {
    expect(imageFileProblem({ name: '', type: 'text/plain', size: 5 })).toMatch(/^That file is not a picture/);
  });
});

describe('imageSizeProblem', () => {
  it('accepts a phone screenshot and a long scrolling capture', () => {
    expect(imageSizeProblem(1170, 2532)).toBeUndefined();
    expect(imageSizeProblem(1170, 30_000)).toBeUndefined();
  });

  it('refuses more than 40 million pixels, with the picture’s size', () => {
    expect(imageSizeProblem(8000, 6000)).toBe(
      'The picture is 8,000 × 6,000 pixels; the reader takes up to 40 million. Crop it to the message and try again.',
    );
  });

  it('refuses a picture too small to hold text', () => {
    expect(imageSizeProblem(10, 400)).toBe('The picture is too small to hold readable text.');
  });
});

describe('megabytes', () => {
  it('rounds to one decimal below 10 MB and to whole numbers above', () => {
    expect(megabytes(3.25 * 1024 * 1024)).toBe('3.3 MB');
    expect(megabytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(megabytes(2 * 1024 * 1024)).toBe('2 MB');
  });
});
