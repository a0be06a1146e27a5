// Normalises a message for matching and remembers, for every character, where it came from,
// so a match on the normalised text can be highlighted in the original.
import { LOOKALIKES } from './confusables.generated.js';

/** Normalised text with its offset map back to the original. */
export interface NormalizedText {
  /** Folded, lookalikes replaced, spaced letters joined, spacing collapsed. */
  text: string;
  /** For each UTF-16 unit of `text`, the original offset its source starts at. */
  starts: Int32Array;
  /** For each UTF-16 unit of `text`, the original offset its source ends at (exclusive). */
  ends: Int32Array;
}

/** Digits written as letters in the middle of words, and the letters they stand for (as char codes). */
const DIGIT_SWAPS: Readonly<Record<number, number>> = { 48: 111, 49: 105, 51: 101, 52: 97, 53: 115, 55: 116 }; // 0→o 1→i 3→e 4→a 5→s 7→t
/** At the end of a word, 1 stands for l more often than for i (`paypa1`, `emai1`). */
const ONE_AT_END = 108;
/** Zero-width, bidi and other invisible characters are dropped, not turned into spaces. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: single invisible code points, one of which (U+034F) is a combining mark on purpose
const INVISIBLE = /^[\p{Cf}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0]$/u;
const SPACE = /^[\s\p{Zs}]$/u;
const MARKS = /\p{M}/gu;
const QUOTES: Readonly<Record<string, string>> = { '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201c': '"', '\u201d': '"' };
/** Marks a unit removed by a later step (no character is ever folded to U+0000). */
const BLANK = 0;
const SPACE_CODE = 32;

const lookalikeOf = new Map<string, string>();
for (const [ascii, lookalikes] of Object.entries(LOOKALIKES)) for (const ch of lookalikes) lookalikeOf.set(ch, ascii);
const foldedCache = new Map<string, string>();

/**
 * Normalises text for matching: NFKC/NFKD compatibility folding, accents and case folded away,
 * invisible characters removed, lookalike letters from other scripts replaced, spaced or dotted letters
 * joined, digits used as letters read as letters, hyphens between words read as spaces, spacing collapsed.
 * @example normalizeText('G i f t  C.A.R.D').text // "gift card"
 */
export function normalizeText(original: string): NormalizedText {
  const normalized = normalize(original, shared);
  return { text: normalized.text, starts: normalized.starts.slice(), ends: normalized.ends.slice() };
}

/**
 * `normalizeText` for a check's own use: `starts` and `ends` are views into a buffer that the next call
 * overwrites, which saves a check two off-heap allocations (typed arrays over 64 bytes live off the heap).
 */
export function normalizeForCheck(original: string): NormalizedText {
  return normalize(original, forCheck);
}

/**
 * Only the normalised text, without the offset map.
 * @example foldText('АМАZОN') // "amazon"
 */
export function foldText(original: string): string {
  return normalize(original, shared).text;
}

function normalize(original: string, buffers: Buffers): NormalizedText {
  const units = foldCharacters(original, buffers);
  joinSpacedLetters(units);
  swapDigitsForLetters(units);
  return collapseSpacing(units);
}

/** Maps a range of the normalised text back to the original text. */
export function toOriginalRange(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: normalized.starts[start] ?? 0, end: normalized.ends[end - 1] ?? 0 };
}

/** Working buffers: one char code and its original range per unit. */
interface Units {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length: number;
}

/** Buffers reused across calls (normalising is synchronous): one set for checks, one for everything else. */
interface Buffers {
  units: Units;
}

function isLetterCode(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Single characters people put between letters to hide a word (`g.i.f.t`, `c-a-r-d`): space . - _ * ·. */
function isLetterSeparator(code: number): boolean {
  return code === 32 || code === 46 || code === 45 || code === 95 || code === 42 || code === 0xb7;
}

function isAlphanumericCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Per code point: compatibility decomposition, marks stripped, lower case, lookalikes, spaces, invisibles. */
function foldCharacters(original: string, buffers: Buffers): Units {
  if (buffers.units.codes.length < original.length + 16) buffers.units = allocate(original.length * 2 + 16);
  let units = buffers.units;
  units.length = 0;
  for (let i = 0; i < original.length; ) {
    const code = original.charCodeAt(i);
    if (code < 128) {
      if (units.length === units.codes.length) units = buffers.units = grow(units);
      const folded = code >= 65 && code <= 90 ? code + 32 : code <= 32 ? SPACE_CODE : code;
      units.codes[units.length] = folded;
      units.starts[units.length] = i;
      units.ends[units.length] = i + 1;
      units.length++;
      i += 1;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length ? 2 : 1;
    const folded = foldCodePoint(original.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) {
      if (units.length === units.codes.length) units = buffers.units = grow(units);
      units.codes[units.length] = folded.charCodeAt(k) || SPACE_CODE;
      units.starts[units.length] = i;
      units.ends[units.length] = i + width;
      units.length++;
    }
    i += width;
  }
  return units;
}

const shared: Buffers = { units: allocate(1024) };
const forCheck: Buffers = { units: allocate(1024) };

function allocate(size: number): Units {
  return { codes: new Uint16Array(size), starts: new Int32Array(size), ends: new Int32Array(size), length: 0 };
}

function grow(units: Units): Units {
  const bigger = allocate(units.codes.length * 2);
  bigger.codes.set(units.codes);
  bigger.starts.set(units.starts);
  bigger.ends.set(units.ends);
  bigger.length = units.length;
  return bigger;
}

/** Folds one non-ASCII code point to zero or more UTF-16 units (cached: messages repeat characters). */
function foldCodePoint(point: string): string {
  const cached = foldedCache.get(point);
  if (cached !== undefined) return cached;
  let folded: string;
  if (INVISIBLE.test(point)) folded = '';
  else if (SPACE.test(point)) folded = ' ';
  else if (QUOTES[point] !== undefined) folded = QUOTES[point];
  else {
    folded = '';
    for (const ch of point.normalize('NFKD').toLowerCase().replace(MARKS, '').normalize('NFKC')) {
      const lower = ch.toLowerCase();
      folded += lookalikeOf.get(lower) ?? (SPACE.test(lower) ? ' ' : lower);
    }
  }
  if (foldedCache.size < 5000) foldedCache.set(point, folded);
  return folded;
}

/**
 * Joins runs of three or more single letters split by the same one-character separator
 * (`g i f t`, `c.a.r.d`), by blanking the separators. A double space still separates words.
 */
function joinSpacedLetters(units: Units): void {
  const { codes, length } = units;
  const at = (i: number) => (i >= 0 && i < length ? codes[i]! : SPACE_CODE);
  for (let i = 0; i < length; i++) {
    if (!isLetterCode(codes[i]!)) continue;
    const separator = at(i + 1);
    if (!isLetterSeparator(separator) || isAlphanumericCode(at(i - 1)) || at(i - 1) === 46) continue;
    let end = i; // index of the last letter in the run
    while (end + 2 < length && at(end + 1) === separator && isLetterCode(at(end + 2)) && !isAlphanumericCode(at(end + 3))) end += 2;
    if ((end - i) / 2 + 1 >= 3) {
      for (let s = i + 1; s < end; s += 2) codes[s] = BLANK;
      i = end;
    }
  }
}

/**
 * Reads digits used as letters inside words (`g1ft`, `c4rd`, `amaz0n`, `paypa1`) as letters, but
 * leaves numbers, amounts, codes and times alone: the digits must sit between letters, or be a single
 * digit at the edge of a word of at least three other letters and no other digits.
 */
function swapDigitsForLetters(units: Units): void {
  const { codes, length } = units;
  for (let i = 0; i < length; ) {
    if (!isAlphanumericCode(codes[i]!) && codes[i] !== BLANK) {
      i++;
      continue;
    }
    let end = i;
    let digits = 0;
    while (end < length && (isAlphanumericCode(codes[end]!) || codes[end] === BLANK)) {
      if (codes[end]! >= 48 && codes[end]! <= 57) digits++;
      end++;
    }
    if (digits > 0 && digits <= 2) swapInWord(codes, i, end, digits);
    i = end + 1;
  }
}

function swapInWord(codes: Uint16Array, start: number, end: number, digits: number): void {
  const word: number[] = [];
  for (let i = start; i < end; i++) if (codes[i] !== BLANK) word.push(i);
  const letters = word.length - digits;
  if (letters < 2) return;
  const codeAt = (w: number) => (w >= 0 && w < word.length ? codes[word[w]!]! : SPACE_CODE);
  for (let w = 0; w < word.length; w++) {
    const swap = DIGIT_SWAPS[codeAt(w)];
    if (swap === undefined) continue;
    const after = codeAt(w + 1);
    // A pair (`c00l`) swaps its first digit here and its second on the next turn.
    if (isLetterCode(codeAt(w - 1)) && (isLetterCode(after) || (DIGIT_SWAPS[after] !== undefined && isLetterCode(codeAt(w + 2))))) {
      codes[word[w]!] = swap;
    } else if (digits === 1 && letters >= 3 && (w === 0 || w === word.length - 1)) {
      codes[word[w]!] = w === word.length - 1 && codeAt(w) === 49 ? ONE_AT_END : swap;
    }
  }
}

/** Turns hyphens between words into spaces and collapses runs of spaces; drops blanked units. */
function collapseSpacing(units: Units): NormalizedText {
  const { codes, starts, ends, length } = units;
  const outCodes = codes; // compacting in place: the write index never passes the read index
  const outStarts = starts;
  const outEnds = ends;
  let size = 0;
  let previous = BLANK;
  for (let i = 0; i < length; i++) {
    let code = codes[i]!;
    if (code === BLANK) continue;
    if ((code === 45 || code === 95) && isAlphanumericCode(previous) && isAlphanumericCode(nextNonBlank(codes, i, length)))
      code = SPACE_CODE;
    if (code === SPACE_CODE && previous === SPACE_CODE) continue;
    outCodes[size] = code;
    outStarts[size] = starts[i]!;
    outEnds[size] = ends[i]!;
    size++;
    previous = code;
  }
  return { text: decode(outCodes, size), starts: outStarts.subarray(0, size), ends: outEnds.subarray(0, size) };
}

function nextNonBlank(codes: Uint16Array, i: number, length: number): number {
  for (let j = i + 1; j < length; j++) if (codes[j] !== BLANK) return codes[j]!;
  return BLANK;
}

/** Char codes to a string, in chunks small enough for `apply`. */
function decode(codes: Uint16Array, size: number): string {
  let text = '';
  for (let i = 0; i < size; i += 4096)
    text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(size, i + 4096)) as unknown as number[]);
  return text;
}
