// Puts a message's lines back together as it was written: pieces of one row read as separate lines are
// joined, the lines of one bubble or paragraph become one line, and a link or a hyphenated word that
// the screen wrapped is joined without the space wrapping would otherwise leave inside it.
import { parseHost } from '@redflags/engine/parse-host';
import { heightOf, lineText, PARAGRAPH_GAP, unionOf, widthOf, type Box, type OcrLine } from './ocr-page';

/** A row no more than this many times the paragraph's row distance below the last is in the paragraph (a paragraph break is 1.6 or more). */
const SAME_PITCH = 1.3;
/** A link alone on a row at least this share of the paragraph's widest row filled it, and the screen cut it there. */
const FULL_ROW = 0.85;
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
  const paragraphs: Row[][] = [];
  for (const row of rowsOf(lines)) {
    const paragraph = paragraphs.at(-1);
    if (paragraph && sameParagraph(paragraph, row.box)) paragraph.push(row);
    else paragraphs.push([row]);
  }
  return paragraphs.map(paragraphText).join('\n\n');
}

/** A paragraph's rows as one line: each row joined to the text before it as joinWrapped says, or whole
 * to a link that filled the row above it (the screen cut the link where the row ended). */
function paragraphText(rows: Row[]): string {
  const widest = Math.max(...rows.map((row) => widthOf(row.box)));
  let text = rows[0]!.text;
  rows.slice(1).forEach((row, index) => {
    const above = rows[index]!;
    const cutLinkFillingRow = !above.text.includes(' ') && isLinkLike(above.text) && widthOf(above.box) >= widest * FULL_ROW;
    text = cutLinkFillingRow ? `${text}${row.text}` : joinWrapped(text, row.text);
  });
  return text;
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
    const [left, right] =
      row.box.x0 <= line.box.x0 ? [row, { text: lineText(line), box: line.box }] : [{ text: lineText(line), box: line.box }, row];
    const gap = right.box.x0 - left.box.x1;
    row.text = `${left.text}${gap < heightOf(line.box) * WORD_GAP ? '' : ' '}${right.text}`;
    row.box = unionOf([row.box, line.box]);
  }
  return rows;
}

/** Two boxes overlapping over most of the shorter one's height, side by side and close (not two columns). */
function sameRow(a: Box, b: Box): boolean {
  const lineHeight = Math.min(heightOf(a), heightOf(b));
  const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  const gap = Math.max(a.x0, b.x0) - Math.min(a.x1, b.x1);
  return overlap > lineHeight * 0.6 && gap >= 0 && gap < lineHeight * ROW_GAP;
}

/**
 * The next row is under the paragraph's last row (not beside it) and starts within a fraction of a line
 * below it, or, once the paragraph has two rows, is as far below as its rows are from each other. The
 * taller row sets the line height: a row of small letters only ("x", "me:") has a shorter box, so
 * the gap above it looks wider than it is; the distance between rows' tops or bottoms, whichever is
 * less, is the same as the paragraph's usual one.
 */
function sameParagraph(paragraph: Row[], below: Box): boolean {
  const above = paragraph.at(-1)!.box;
  if (!(below.x0 < above.x1 && above.x0 < below.x1)) return false;
  const lineHeight = Math.max(heightOf(above), heightOf(below));
  if (below.y0 - above.y1 < lineHeight * PARAGRAPH_GAP) return true;
  const pitches = paragraph
    .slice(1)
    .map((row, index) => rowDistance(paragraph[index]!.box, row.box))
    .sort((a, b) => a - b);
  const pitch = pitches[Math.floor(pitches.length / 2)];
  return pitch !== undefined && rowDistance(above, below) <= pitch * SAME_PITCH;
}

/** How far a row is below another: the lesser of the distances between their tops and their bottoms. */
const rowDistance = (above: Box, below: Box) => Math.min(below.y0 - above.y0, below.y1 - above.y1);

/**
 * Joins a wrapped line to the text before it: with a space, or without one where the wrap cut a word
 * after its hyphen or a link after one of its separators ("https://royalmail-" + "uk.com/pay").
 * @example joinWrapped('call us on', '0800 123') // 'call us on 0800 123'
 */
export function joinWrapped(before: string, after: string): string {
  const last = before.slice(before.lastIndexOf(' ') + 1);
  const first = after.split(' ', 1)[0]!;
  const cutWord = /[\p{L}\p{N}]-$/u.test(last);
  const cutLink =
    isLinkLike(last) &&
    (/[/\-_?=&#%]$/.test(last) || (last.endsWith('.') && /^\p{Ll}/u.test(first)) || /^[\p{L}\p{N}]*[/.?=&#][\p{L}\p{N}]/u.test(first));
  // Cut inside its top-level domain: "amazon-verify.inf" + "o/login" makes a host, "account.Visit" + "example.com" does not.
  const cutDomain = /\.\p{Ll}+$/u.test(last) && /^\p{Ll}+(?:[/?#]|$)/u.test(first) && endsInTopLevelDomain(last + first);
  return cutWord || cutLink || cutDomain ? `${before}${after}` : `${before} ${after}`;
}

/**
 * A web address or the start of one: a scheme or "www." (also glued to the words before it:
 * "me...http://"), or dotted names ending in a top-level domain ("uk.co"; not "account.Visit" or
 * "hold.Call", a sentence run together).
 */
function isLinkLike(token: string): boolean {
  const bare = token.replace(/[.,;:!?)]+$/, '');
  return /(?:^|[^\p{L}\p{N}])(?:https?:\/\/|www\.)/iu.test(bare) || endsInTopLevelDomain(bare);
}

/** True when the token's host (after any scheme, before any path) ends in a top-level domain written as one: ".com", ".COM", not ".Visit". */
function endsInTopLevelDomain(token: string): boolean {
  const host = /^(?:https?:\/\/)?([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)(?=[/?#]|$)/iu.exec(token)?.[1];
  if (!host) return false;
  const topLevel = host.slice(host.lastIndexOf('.') + 1);
  return !/^\p{Lu}\p{Ll}/u.test(topLevel) && parseHost(host).isIcann === true;
}
