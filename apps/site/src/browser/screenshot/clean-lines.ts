// Repairs the lines as the OCR read them: a line that runs across a gap (a mail client's folder list
// beside the message, a time at the far right) is cut into its pieces; the specks it reads as
// symbols at a piece's edges (icons, bubble corners, avatars) are dropped; and the misreadings that
// matter to the checker are undone (a digit read as a letter in a phone number, "I" read as a bar).
import type { Box, OcrLine, OcrWord } from './ocr-page';

/** Below this confidence, a word of one or two characters at a line's edge is taken for a speck. */
const SPECK_CONFIDENCE = 45;
/** Below this confidence, a piece that is one short word on its own (an avatar's letter) is a speck. */
const LONE_SPECK_CONFIDENCE = 75;
/** Words further apart than this many word heights are in different places on the screen. */
const GAP = 1;
/** A piece whose every word is below this confidence is noise read as letters (an icon, a blurred label). */
const NOISE_CONFIDENCE = 35;

/**
 * The lines cut at wide gaps, without edge specks, words repaired; empty pieces left out.
 * @example cleanLines([line('Inbox 24', '⟨gap⟩', 'Your account has been limited')]) // ['Inbox 24'], ['Your account has been limited']
 */
export function cleanLines(lines: OcrLine[]): OcrLine[] {
  return lines.flatMap((line) => {
    const pieces = splitAtGaps(line);
    return pieces.flatMap((piece) => {
      const cleaned = cleanLine(piece);
      // A short word standing apart on its line is an avatar's letter, a badge or a count.
      if (!cleaned || (pieces.length > 1 && cleaned.words.length === 1 && alphanumericsIn(cleaned.words[0]!.text) <= 2)) return [];
      return [cleaned];
    });
  });
}

/** A line's pieces separated by gaps wider than a word's height (words of one sentence are closer). */
function splitAtGaps(line: OcrLine): OcrLine[] {
  const words = line.words.filter((word) => word.text.trim() !== '');
  const heights = words.map((word) => word.box.y1 - word.box.y0).sort((a, b) => a - b);
  const wordHeight = heights[Math.floor(heights.length / 2)] ?? 0;
  const pieces: OcrWord[][] = [];
  words.forEach((word, index) => {
    const previous = words[index - 1];
    if (!previous || word.box.x0 - previous.box.x1 > wordHeight * GAP) pieces.push([word]);
    else pieces[pieces.length - 1]!.push(word);
  });
  return pieces.map((piece) => ({ words: piece, box: pieces.length === 1 ? line.box : unionOf(piece.map((word) => word.box)) }));
}

function unionOf(boxes: Box[]): Box {
  return {
    x0: Math.min(...boxes.map((box) => box.x0)),
    y0: Math.min(...boxes.map((box) => box.y0)),
    x1: Math.max(...boxes.map((box) => box.x1)),
    y1: Math.max(...boxes.map((box) => box.y1)),
  };
}

/** The piece without edge specks and with its words repaired, or `undefined` when nothing is left. */
function cleanLine(line: OcrLine): OcrLine | undefined {
  const words = [...line.words];
  // A bar that starts a line of words is the word "I" ("| am in a meeting"), not a speck.
  while (words.length > 0 && isSpeck(words[0]!) && !(words[0]!.text === '|' && words.length > 1)) words.shift();
  while (words.length > 0 && isSpeck(words[words.length - 1]!)) words.pop();
  if (words.length === 0 || words.every((word) => word.confidence < NOISE_CONFIDENCE)) return undefined;
  if (words.length === 1 && alphanumericsIn(words[0]!.text) <= 2 && words[0]!.confidence < LONE_SPECK_CONFIDENCE) return undefined;
  return { ...line, words: words.map((word) => ({ ...word, text: repairWord(word.text) })) };
}

const alphanumericsIn = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/** Below this confidence, an ampersand at a line's edge is taken for a speck; above it, for the word "and". */
const AMPERSAND_CONFIDENCE = 80;

/** A word with no letter or digit (but a currency sign or a clearly read "&"), or a low-confidence scrap of one or two characters. */
function isSpeck(word: OcrWord): boolean {
  const alphanumerics = alphanumericsIn(word.text);
  if (word.text === '&') return word.confidence < AMPERSAND_CONFIDENCE;
  if (alphanumerics === 0) return !/^[£$€]$/.test(word.text);
  return alphanumerics <= 2 && word.confidence < SPECK_CONFIDENCE;
}

/**
 * Fixes the OCR's usual confusions where they change meaning: in a token that is mostly digits
 * (a phone number, an amount, a code), O → 0 and I, l, | → 1; a bar standing for the word "I" → I.
 * @example repairWord('O161') // '0161'
 * @example repairWord('|') // 'I'
 */
export function repairWord(text: string): string {
  if (/^\|(?=$|['’][a-z]|[a-z]*$)/.test(text)) return `I${text.slice(1)}`;
  const digits = text.match(/\d/g)?.length ?? 0;
  const lookalikes = text.match(/[OoIl|]/g)?.length ?? 0;
  if (digits >= 2 && lookalikes > 0 && lookalikes < digits && /^[\d\sOoIl|+().,:/£$€%-]+$/.test(text)) {
    return text.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1');
  }
  return text;
}
