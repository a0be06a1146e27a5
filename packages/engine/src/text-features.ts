// The text model's features: words, word pairs and character n-grams of the normalised text, hashed into
// a fixed table (the hashing trick), each with the word it came from so its weight can be highlighted.
// Training and checking use this one function, so a model reads text exactly as it was trained to.

/**
 * The features of one text, in buffers that the next call reuses (copy what you keep).
 * Feature `i` is bucket `Math.abs(signedBuckets[i]) - 1` with the sign of `signedBuckets[i]`; it belongs to word
 * `owners[i]`, or, when `owners[i]` is negative, it is the pair of words `-owners[i] - 2` and `-owners[i] - 1`.
 */
export interface TextFeatures {
  count: number;
  signedBuckets: Int32Array;
  owners: Int32Array;
  wordCount: number;
  wordStarts: Int32Array;
  wordEnds: Int32Array;
}

/** Seeds that keep the feature types apart in the one table. */
const SEED = { word: 0x9e3779b9, pair: 0x85ebca6b, chars: 0xc2b2ae35, number: 0x27d4eb2f } as const;
/** Character n-grams of these lengths, taken inside each word padded with a space either side. */
const NGRAM_MIN = 3;
const NGRAM_MAX = 5;
/** Longer words are read by their first characters only (a pasted token, a long link part). */
const LONGEST_WORD = 40;
/** Numbers are read by their length only, up to this many digits: "799" and "123" are the same feature. */
const LONGEST_NUMBER_SHAPE = 6;

enum CharClass {
  Other,
  Letter,
  Digit,
  Currency,
}

const buffers: TextFeatures = {
  count: 0,
  signedBuckets: new Int32Array(1024),
  owners: new Int32Array(1024),
  wordCount: 0,
  wordStarts: new Int32Array(128),
  wordEnds: new Int32Array(128),
};

/**
 * The features of `text` (already normalised): each word; each pair of neighbouring words; character 3- to
 * 5-grams inside letter words; numbers as their digit count. Buffers are reused: read them before the next call.
 * @example collectTextFeatures('pay now', 14).wordCount // 2
 */
export function collectTextFeatures(text: string, bits: number): TextFeatures {
  const mask = (1 << bits) - 1;
  // A letter word of L characters gives at most 3L n-grams, and every word one feature and one pair: 5 per character.
  ensureCapacity(5 * text.length + 16, text.length + 1);
  const { signedBuckets, owners, wordStarts, wordEnds } = buffers;
  let count = 0;
  let wordCount = 0;
  let previousHash = 0;
  let index = 0;
  while (index < text.length) {
    const kind = classify(text.charCodeAt(index));
    if (kind === CharClass.Other) {
      index += 1;
      continue;
    }
    const start = index;
    if (kind === CharClass.Currency) index += 1;
    else while (index < text.length && classify(text.charCodeAt(index)) === kind) index += 1;
    const word = wordCount++;
    wordStarts[word] = start;
    wordEnds[word] = index;
    const hash =
      kind === CharClass.Digit
        ? mixIn(SEED.number, Math.min(index - start, LONGEST_NUMBER_SHAPE))
        : hashRange(SEED.word, text, start, index);
    signedBuckets[count] = signedBucket(hash, mask);
    owners[count++] = word;
    if (word > 0) {
      signedBuckets[count] = signedBucket(mixIn(mixIn(SEED.pair, previousHash), hash), mask);
      owners[count++] = -word - 1;
    }
    if (kind === CharClass.Letter) count = charGrams(text, start, Math.min(index, start + LONGEST_WORD), word, mask, count);
    previousHash = hash;
  }
  buffers.count = count;
  buffers.wordCount = wordCount;
  return buffers;
}

/** Adds the character n-grams of " word " from position `count`; returns the new count. */
function charGrams(text: string, start: number, end: number, word: number, mask: number, count: number): number {
  const { signedBuckets, owners } = buffers;
  const padded = end - start + 2;
  for (let from = 0; from + NGRAM_MIN <= padded; from += 1) {
    let hash: number = SEED.chars;
    const last = Math.min(padded, from + NGRAM_MAX);
    for (let at = from; at < last; at += 1) {
      hash = mixIn(hash, at === 0 || at === padded - 1 ? 32 : text.charCodeAt(start + at - 1));
      if (at - from + 1 >= NGRAM_MIN) {
        signedBuckets[count] = signedBucket(hash, mask);
        owners[count++] = word;
      }
    }
  }
  return count;
}

/** The bucket (plus 1) with the sign the hash's top bit gives it. */
function signedBucket(hash: number, mask: number): number {
  const mixed = finish(hash);
  const bucket = (mixed & mask) + 1;
  return mixed >>> 31 === 0 ? bucket : -bucket;
}

function ensureCapacity(features: number, words: number): void {
  if (buffers.signedBuckets.length < features) {
    buffers.signedBuckets = new Int32Array(features);
    buffers.owners = new Int32Array(features);
  }
  if (buffers.wordStarts.length < words) {
    buffers.wordStarts = new Int32Array(words);
    buffers.wordEnds = new Int32Array(words);
  }
}

function classify(code: number): CharClass {
  if ((code >= 97 && code <= 122) || code === 39) return CharClass.Letter;
  if (code >= 48 && code <= 57) return CharClass.Digit;
  if (code === 36 || code === 163 || code === 8364 || code === 165 || code === 8377) return CharClass.Currency;
  // Other scripts' letters: the normalised text has no upper case, and spaces and punctuation are ASCII or in 0x2000–0x2BFF.
  if (code >= 0xc0 && !(code >= 0x2000 && code <= 0x2bff) && code !== 0xd7 && code !== 0xf7) return CharClass.Letter;
  return CharClass.Other;
}

/** FNV-1a over a range of UTF-16 units, from a seed. */
function hashRange(seed: number, text: string, start: number, end: number): number {
  let hash: number = seed;
  for (let i = start; i < end; i += 1) hash = mixIn(hash, text.charCodeAt(i));
  return hash;
}

function mixIn(hash: number, value: number): number {
  return Math.imul(hash ^ value, 0x01000193) >>> 0;
}

/** Murmur3's finaliser, so that nearby FNV values spread over the whole table and the top bit is fair. */
function finish(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
