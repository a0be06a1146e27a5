// Puts a message's lines back together as it was written: pieces of one row read as separate lines are
// joined, the lines of one bubble or paragraph become one line, and a link or a hyphenated word that
// the screen wrapped is joined without the space wrapping would otherwise leave inside it.
import { lineText, type Box, type OcrLine } from './ocr-page';

/** Rows closer than this many line heights belong to one paragraph (a paragraph break is ~1.5 lines). */
const PARAGRAPH_GAP = 0.8;
/** Pieces this much of a line height apart on one row are one word cut in two. */
const WORD_GAP = 0.15;
/** Pieces of one row are at most this many line heights apart; further apart they are columns. */
const ROW_GAP = 1.5;

interface Row {
  text: string;
  box: Box;
}

/**
 * The message's text: one line per paragraph, paragraphs separated by a blank line.
 * @example joinLines([line('Pay now: https://royalmail-'), line('uk.com/pay')]) // 'Pay now: https://royalmail-uk.com/pay'
 */
export function joinLines(lines: OcrLine[]): string {
  const paragraphs: string[] = [];
  let previous: Row | undefined;
  for (const row of rowsOf(lines)) {
    if (previous && sameParagraph(previous.box, row.box)) {
      paragraphs[paragraphs.length - 1] = joinWrapped(paragraphs[paragraphs.length - 1]!, row.text);
    } else {
      paragraphs.push(row.text);
    }
    previous = row;
  }
  return paragraphs.join('\n\n');
}

/** The lines in the OCR's reading order (which follows columns), pieces of one row (same height, side by side) joined left to right. */
function rowsOf(lines: OcrLine[]): Row[] {
  const rows: Row[] = [];
  for (const line of lines) {
    const row = rows.find((candidate) => sameRow(candidate.box, line.box));
    if (!row) {
      rows.push({ text: lineText(line), box: { ...line.box } });
      continue;
    }
    const [left, right] = row.box.x0 <= line.box.x0 ? [row, { text: lineText(line), box: line.box }] : [{ text: lineText(line), box: line.box }, row];
    const gap = right.box.x0 - left.box.x1;
    row.text = `${left.text}${gap < height(line.box) * WORD_GAP ? '' : ' '}${right.text}`;
    row.box = { x0: Math.min(row.box.x0, line.box.x0), y0: Math.min(row.box.y0, line.box.y0), x1: Math.max(row.box.x1, line.box.x1), y1: Math.max(row.box.y1, line.box.y1) };
  }
  return rows;
}

const height = (box: Box) => box.y1 - box.y0;

/** Two boxes overlapping over most of the shorter one's height, side by side and close (not two columns). */
function sameRow(a: Box, b: Box): boolean {
  const lineHeight = Math.min(height(a), height(b));
  const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  const gap = Math.max(a.x0, b.x0) - Math.min(a.x1, b.x1);
  return overlap > lineHeight * 0.6 && gap >= 0 && gap < lineHeight * ROW_GAP;
}

/**
 * The next row starts within a fraction of a line below, under the row above (not beside it). The
 * taller row sets the line height: a row of small letters only ("x") has a shorter box.
 */
function sameParagraph(above: Box, below: Box): boolean {
  const lineHeight = Math.max(height(above), height(below));
  return below.y0 - above.y1 < lineHeight * PARAGRAPH_GAP && below.x0 < above.x1 && above.x0 < below.x1;
}

/**
 * Joins a wrapped line to the text before it: with a space, or without one where the wrap cut a word
 * after its hyphen or a link after one of its separators ("https://royalmail-" + "uk.com/pay").
 * @example joinWrapped('call us on', '0800 123') // 'call us on 0800 123'
 */
export function joinWrapped(before: string, after: string): string {
  const last = before.slice(before.lastIndexOf(' ') + 1);
  const first = after.split(' ', 1)[0]!;
  const cutWord = /[\p{L}\p{N}]-$/u.test(last);
  const cutLink = isLinkLike(last) && (/[/\-_?=&#%]$/.test(last) || (last.endsWith('.') && /^\p{Ll}/u.test(first)) || /^[\p{L}\p{N}]*[/.?=&#][\p{L}\p{N}]/u.test(first));
  return cutWord || cutLink ? `${before}${after}` : `${before} ${after}`;
}

/** A web address or the start of one: a scheme, "www.", or dotted names ending in a top-level domain ("uk.co"). */
function isLinkLike(token: string): boolean {
  const bare = token.replace(/[.,;:!?)]+$/, '');
  return /^(?:https?:\/\/|www\.)/i.test(bare) || /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}(?:[/?#]|$)/iu.test(bare);
}
