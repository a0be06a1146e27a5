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

export const widthOf = (box: Box) => box.x1 - box.x0;
export const heightOf = (box: Box) => box.y1 - box.y0;

/** The smallest box holding all of `boxes`. */
export function unionOf(boxes: Box[]): Box {
  return {
    x0: Math.min(...boxes.map((box) => box.x0)),
    y0: Math.min(...boxes.map((box) => box.y0)),
    x1: Math.max(...boxes.map((box) => box.x1)),
    y1: Math.max(...boxes.map((box) => box.y1)),
  };
}

/** Rows of one paragraph start at the same left edge, within this many of their line height. */
const SAME_LEFT_EDGE = 0.5;
/** Rows closer than this many line heights belong to one paragraph (a paragraph break is ~1.5 lines). */
export const PARAGRAPH_GAP = 0.8;
/** A space is about this many line heights wide. */
const SPACE = 0.25;

/** Where to look for the row above: the lines it may be, every line (for the widest row at an edge), and the least width text runs to before it wraps. */
export interface RowsAbove {
  candidates: OcrLine[];
  lines: OcrLine[];
  textWidth?: number;
}

/**
 * True when `line` is the next row of a paragraph: it starts right under one of the candidates, at the
 * same left edge, and its first word would not have fitted at the end of that one, so the text wrapped
 * there. How wide the text may run is the widest of all lines at that edge, or `textWidth` if more. A
 * message's last word or the end of a link wrapped onto a row of its own sits so, however the OCR read it;
 * a time stamp, a notice or an avatar does not (centred, right-aligned, set apart or to the side), nor
 * "to me" under a mail's short sender line.
 * @example continuesRowAbove(row('back'), { candidates: [row('Aight, I’ll text you when I’m')], lines }) // true
 */
export function continuesRowAbove(line: OcrLine, { candidates, lines, textWidth = 0 }: RowsAbove): boolean {
  const atEdge = (other: OcrLine) => other !== line && Math.abs(other.box.x0 - line.box.x0) < heightOf(other.box) * SAME_LEFT_EDGE;
  const widest = Math.max(textWidth, ...lines.filter(atEdge).map((other) => widthOf(other.box)));
  const firstWord = widthOf(line.words[0]?.box ?? line.box);
  return candidates.filter(atEdge).some((other) => {
    const gap = line.box.y0 - other.box.y1;
    const lineHeight = heightOf(other.box);
    const wrapped = widthOf(other.box) + lineHeight * SPACE + firstWord > widest;
    return gap > -lineHeight * 0.2 && gap < lineHeight * PARAGRAPH_GAP && wrapped;
  });
}
