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
  /** Short thin bars standing alone on the picture (dashes, underscores), which the OCR may have read as a space. */
  bars?: Box[];
}

/** A line's words joined by single spaces. */
export function lineText(line: OcrLine): string {
  return line.words.map((word) => word.text).join(' ');
}

const widthOf = (box: Box) => box.x1 - box.x0;
const heightOf = (box: Box) => box.y1 - box.y0;

/** Rows of one paragraph start at the same left edge, within this many of their line height. */
const SAME_LEFT_EDGE = 0.5;
/** The next row of a paragraph starts less than this many line heights under the row above (a paragraph break is ~1.5). */
const NEXT_ROW_GAP = 0.8;
/** A space is about this many line heights wide. */
const SPACE = 0.25;

/**
 * True when `line` is the next row of a paragraph in `lines`: it starts right under one of them, at the
 * same left edge, and its first word would not have fitted at the end of that one (as wide as the widest
 * row at that edge), so the text wrapped there. A message's last word or the end of a link wrapped onto
 * a row of its own sits so, however the OCR read it; a time stamp, a notice or an avatar does not
 * (centred, right-aligned, set apart or to the side), nor "to me" under a mail's sender.
 * @example continuesRowAbove(row('back'), [row('Aight, I’ll text you when I’m')]) // true
 */
export function continuesRowAbove(line: OcrLine, lines: OcrLine[]): boolean {
  const aligned = lines.filter((other) => other !== line && Math.abs(other.box.x0 - line.box.x0) < heightOf(other.box) * SAME_LEFT_EDGE);
  const widest = Math.max(0, ...aligned.map((other) => widthOf(other.box)));
  const firstWord = widthOf(line.words[0]?.box ?? line.box);
  return aligned.some((other) => {
    const gap = line.box.y0 - other.box.y1;
    const lineHeight = heightOf(other.box);
    const wrapped = widthOf(other.box) + lineHeight * SPACE + firstWord > widest;
    return gap > -lineHeight * 0.2 && gap < lineHeight * NEXT_ROW_GAP && wrapped;
  });
}
