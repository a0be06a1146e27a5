// fast-check generators for hostile public input: random Unicode (astral characters, combining marks,
// unpaired surrogates), long runs of one character, nested lookalikes, zero-width floods and words
// the starter rules look for, mixed together.
import fc from 'fast-check';

const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E'];
const COMBINING = ['\u0301', '\u0308', '\u0327', '\u20DD', '\u0336', '\u034F'];
/** Lookalikes of Latin letters: Cyrillic, Greek, fullwidth, mathematical bold (astral). */
const LOOKALIKES = ['а', 'е', 'о', 'р', 'с', 'ԁ', 'ο', 'ν', 'Ａ', 'ｍ', '𝐚', '𝐦', '𝐳', 'ı', 'ℓ', '０', '１'];
const BAIT = [
  'amazon',
  'gift card',
  'press 1',
  'verification code',
  'anydesk',
  'http://amaz0n-secure.co',
  '+44 7700 900123',
  '£1,000',
  'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
  'to 7726',
  'www.',
  '@',
  '://',
  '.co.uk',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 3, arbitrary: fc.constantFrom(...BAIT) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...LOOKALIKES, ...COMBINING, ...ZERO_WIDTH, 'a', 'm', 'z', '.', ' '), { maxLength: 30 })
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ZERO_WIDTH), fc.integer({ min: 1, max: 400 })).map(([ch, n]) => ch.repeat(n)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', '1', ' ', '.', '-', 'é', '𝐚', 'a\u0301', '$', '/'), fc.integer({ min: 1, max: 600 }))
      .map(([ch, n]) => ch.repeat(n)),
  },
  { weight: 1, arbitrary: fc.constantFrom(...BAIT).map((word) => [...word].join(ZERO_WIDTH[0]!)) },
  { weight: 1, arbitrary: fc.constantFrom(...BAIT).map((word) => [...word].map((ch) => ch + COMBINING[0]!).join('')) },
);

/** A short hostile text: up to 6 pieces, mostly under a few hundred characters. */
export function hostileText(): fc.Arbitrary<string> {
  return fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(''));
}

/** A hostile text of at least 100,000 UTF-16 code units, made by repeating generated pieces. */
export function longHostileText(): fc.Arbitrary<string> {
  return fc.array(piece, { minLength: 1, maxLength: 8 }).map((pieces) => {
    const unit = pieces.join('') || 'a';
    const text = unit.repeat(Math.ceil(100_000 / unit.length) + 1);
    return text.length >= 100_000 ? text : text.padEnd(100_000, 'x');
  });
}
