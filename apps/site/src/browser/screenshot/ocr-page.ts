// The shape of what the OCR read, reduced to what the text clean-up needs: lines of words with their place.

/** A rectangle on the picture, in the picture's own pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One word as read; `confidence` is tesseract's, 0–100. */
export interface OcrWord {
  text: string;
  confidence: number;
  box: Box;
}

/** One line of text as read. */
export interface OcrLine {
  words: OcrWord[];
  box: Box;
}

/** Everything read from one picture, in tesseract's reading order. */
export interface OcrPage {
  width: number;
  height: number;
  lines: OcrLine[];
}

/** A line's words joined by single spaces. */
export function lineText(line: OcrLine): string {
  return line.words.map((word) => word.text).join(' ');
}
