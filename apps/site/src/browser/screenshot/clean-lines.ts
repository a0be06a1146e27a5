// Repairs the lines as the OCR read them: a line that runs across a gap (a mail client's folder list
// beside the message, a time at the far right) is cut into its pieces; the specks it reads as
// symbols at a piece's edges (icons, bubble corners, avatars) are dropped; and the misreadings that
// matter to the checker are undone (a digit read as a letter in a phone number, "I" read as a bar).
import { continuesRowAbove, heightOf, unionOf, type Box, type OcrLine, type OcrWord } from './ocr-page';
import { isMailLabels } from './screen-chrome';

/** Below this confidence, a word of one or two characters at a line's edge is taken for a speck. */
const SPECK_CONFIDENCE = 45;
/** Below this confidence, a piece that is one short word on its own (an avatar's letter) is a speck. */
const LONE_SPECK_CONFIDENCE = 75;
/** Words further apart than this many word heights are in different places on the screen. */
const GAP = 1;
/** A piece whose every word is below this confidence is noise read as letters (an icon, a blurred label). */
const NOISE_CONFIDENCE = 35;

/**
 * The lines cut at wide gaps, without edge specks, words repaired, words an underscore joined put back
 * together (see `bars`, the short bars on the picture); empty pieces left out.
 * @example cleanLines([line('Inbox 24', '⟨gap⟩', 'Your account has been limited')]) // ['Inbox 24'], ['Your account has been limited']
 */
export function cleanLines(lines: OcrLine[], bars: Box[] = []): OcrLine[] {
  const kept: OcrLine[] = [];
  for (const line of lines) {
    const pieces = splitAtGaps(withUnderscores(line, bars));
    for (const piece of pieces) {
      const cleaned = withoutEdgeSpecks(piece);
      if (!cleaned) continue;
      // The rest of a paragraph's last row is kept however unsure the OCR was of it: the end of a
      // link or a word wrapped onto a row of its own ("ection.me/JaZcP" read at 33 %).
      if (!continuesRowAbove(cleaned, { candidates: kept, lines }) && isNoise(cleaned, pieces.length)) continue;
      kept.push({ ...cleaned, words: cleaned.words.map((word) => ({ ...word, text: repairWord(word.text) })) });
    }
  }
  return kept;
}

/** An underscore's bar sits this low in the words beside it or lower (a dash sits at half the height of small letters). */
const UNDERSCORE_LOW = 0.75;
/** An underscore is at least this many times as long as the words beside it are tall (half a letter's width; a speck is less). */
const UNDERSCORE_LENGTH = 0.3;

/**
 * The line with the words on either side of an underscore joined by it: the OCR reads "Update_Now" as
 * "Update Now", but the bar is on the picture, low, between the two words.
 */
function withUnderscores(line: OcrLine, bars: Box[]): OcrLine {
  if (bars.length === 0 || line.words.length < 2) return line;
  const words: OcrWord[] = [line.words[0]!];
  for (const word of line.words.slice(1)) {
    const before = words[words.length - 1]!;
    const { y0, x1, y1 } = before.box;
    const size = y1 - y0;
    const low = y0 + size * UNDERSCORE_LOW;
    const joining = bars.some(
      (bar) =>
        bar.x1 - bar.x0 >= size * UNDERSCORE_LENGTH &&
        bar.x0 >= x1 - size * 0.2 &&
        bar.x1 <= word.box.x0 + size * 0.2 &&
        (bar.y0 + bar.y1) / 2 >= low &&
        bar.y0 <= y1 + size * 0.3,
    );
    if (!joining) words.push(word);
    else
      words[words.length - 1] = {
        text: `${before.text}_${word.text}`,
        confidence: Math.min(before.confidence, word.confidence),
        box: unionOf([before.box, word.box]),
      };
  }
  return words.length === line.words.length ? line : { ...line, words };
}

/** A line's pieces separated by gaps wider than a word's height (words of one sentence are closer). */
function splitAtGaps(line: OcrLine): OcrLine[] {
  const words = line.words.filter((word) => word.text.trim() !== '');
  const heights = words.map((word) => heightOf(word.box)).sort((a, b) => a - b);
  const wordHeight = heights[Math.floor(heights.length / 2)] ?? 0;
  const pieces: OcrWord[][] = [];
  words.forEach((word, index) => {
    const previous = words[index - 1];
    if (!previous || word.box.x0 - previous.box.x1 > wordHeight * GAP) pieces.push([word]);
    else pieces[pieces.length - 1]!.push(word);
  });
  return pieces.map((piece) => ({ words: piece, box: pieces.length === 1 ? line.box : unionOf(piece.map((word) => word.box)) }));
}

/**
 * The piece without the specks at its edges (its box shrunk to what is left), or `undefined` when
 * nothing is left. A clear bar next to words is the word "I": "| am in a meeting", "I bet" wrapped
 * after "princess? |"; not after a mail client's buttons, where it is a separator ("Reply Forward |").
 */
function withoutEdgeSpecks(line: OcrLine): OcrLine | undefined {
  const words = [...line.words];
  const isWordI = (word: OcrWord) =>
    word.text === '|' &&
    words.length > 1 &&
    word.confidence >= CLEAR_SYMBOL_CONFIDENCE &&
    !isMailLabels(
      words
        .slice(0, -1)
        .map((before) => before.text)
        .join(' '),
    );
  while (words.length > 0 && isSpeck(words[0]!) && !(words[0]!.text === '|' && words.length > 1)) words.shift();
  while (words.length > 0 && isSpeck(words[words.length - 1]!) && !isWordI(words[words.length - 1]!)) words.pop();
  if (words.length === 0) return undefined;
  if (words.length === line.words.length) return line;
  return { words, box: unionOf(words.map((word) => word.box)) };
}

/**
 * Noise read as letters (an icon, a blurred label: every word unsure), or a short unsure word on its
 * own: an avatar's letter, a badge or a count (apart from the rest of its line, at any confidence).
 */
function isNoise(piece: OcrLine, piecesOfLine: number): boolean {
  if (piece.words.every((word) => word.confidence < NOISE_CONFIDENCE)) return true;
  const [only, ...others] = piece.words;
  if (others.length > 0 || alphanumericsIn(only!.text) > 2) return false;
  return piecesOfLine > 1 || only!.confidence < LONE_SPECK_CONFIDENCE;
}

const alphanumericsIn = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/** From this confidence, an ampersand or a bar at a line's edge is taken for a word ("and", "I"), below it for a speck. */
const CLEAR_SYMBOL_CONFIDENCE = 80;

/** A word with no letter or digit (but a currency sign or a clearly read "&"), or a low-confidence scrap of one or two characters. */
function isSpeck(word: OcrWord): boolean {
  const alphanumerics = alphanumericsIn(word.text);
  if (word.text === '&') return word.confidence < CLEAR_SYMBOL_CONFIDENCE;
  if (alphanumerics === 0) return !/^[£$€]$/.test(word.text);
  return alphanumerics <= 2 && word.confidence < SPECK_CONFIDENCE;
}

/**
 * Fixes the OCR's usual confusions where they change meaning: in a token that is mostly digits
 * (a phone number, an amount, a code), O → 0 and I, l, | → 1; a bar or an "l" standing for the word
 * "I" → I (alone, as in "I'm", or run on after "!" or "?": "today?I").
 * @example repairWord('O161') // '0161'
 * @example repairWord('|') // 'I'
 * @example repairWord("l'm") // "I'm"
 */
export function repairWord(text: string): string {
  if (/^\|(?=$|['’][a-z]|[a-z]*$)/.test(text)) return `I${text.slice(1)}`;
  if (/^l(?=$|['’](?:m|ll|d|ve)$)/.test(text)) return `I${text.slice(1)}`;
  if (/^[\p{L}\p{N}'’]+[!?]+l$/u.test(text)) return `${text.slice(0, -1)}I`;
  const digits = text.match(/\d/g)?.length ?? 0;
  const lookalikes = text.match(/[OoIl|]/g)?.length ?? 0;
  if (digits >= 2 && lookalikes > 0 && lookalikes < digits && /^[\d\sOoIl|+().,:/£$€%-]+$/.test(text)) {
    return text.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1');
  }
  return text;
}
