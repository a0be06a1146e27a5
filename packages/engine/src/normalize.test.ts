import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, normalizeForCheck, normalizeText, toOriginalRange } from './normalize.js';

const norm = (text: string) => normalizeText(text).text;

describe('normalizeText', () => {
  it('folds compatibility forms with NFKC (fullwidth letters, ligatures)', () => {
    expect(norm('ＰＡＹ ﬁne')).toBe('pay fine');
  });

  it('folds case and strips accents', () => {
    expect(norm('CAFÉ Naïve İstanbul')).toBe('cafe naive istanbul');
  });

  it('removes zero-width and other invisible characters', () => {
    expect(norm('gi\u200bft\u00ad ca\u200drd\ufeff')).toBe('gift card');
  });

  it('replaces Cyrillic and Greek lookalike letters with the ASCII letters they imitate', () => {
    expect(norm('Аmаzоn')).toBe('amazon'); // Cyrillic А, а, о
    expect(norm('Ρaypal')).toBe('paypal'); // Greek capital rho
  });

  it('joins spaced or dotted letters but keeps a double space as a word break', () => {
    expect(norm('g i f t  c.a.r.d')).toBe('gift card');
    expect(norm('G-I-F-T')).toBe('gift');
  });

  it('leaves short abbreviations alone', () => {
    expect(norm('e.g. a.m.')).toBe('e.g. a.m.');
  });

  it('reads digits used as letters inside words', () => {
    expect(norm('g1ft c4rd from amaz0n')).toBe('gift card from amazon');
    expect(norm('paypa1 c00l')).toBe('paypal cool');
  });

  it('keeps real numbers, amounts, times and codes intact', () => {
    expect(norm('Pay $799 or £1,000 at 10:30, ref 71623881LS5, 4th floor, 10am')).toBe(
      'pay $799 or £1,000 at 10:30, ref 71623881ls5, 4th floor, 10am',
    );
  });

  it('reads hyphens between words as spaces and collapses spacing', () => {
    expect(norm('one-time   code\n\tnow')).toBe('one time code now');
  });

  it('maps curly apostrophes to straight ones', () => {
    expect(norm('don’t')).toBe("don't");
  });

  it('maps every normalised character back to the original range it came from', () => {
    const original = 'Ｇ i f t\u200b card';
    const normalized = normalizeText(original);
    expect(normalized.text).toBe('gift card');
    const card = normalized.text.indexOf('card');
    expect(toOriginalRange(normalized, 0, 4)).toEqual({ start: 0, end: 7 });
    const range = toOriginalRange(normalized, card, card + 4);
    expect(original.slice(range.start, range.end)).toBe('card');
  });

  it('keeps one offset pair per UTF-16 unit, emoji included', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const { text: out, starts, ends } = normalizeText(text);
        if (starts.length !== out.length || ends.length !== out.length) return false;
        // Offsets stay inside the original, each range is non-empty, and they never go backwards.
        return starts.every(
          (start, i) => start >= 0 && ends[i]! <= text.length && ends[i]! > start && (i === 0 || start >= starts[i - 1]!),
        );
      }),
    );
  });
});

describe('normalizeForCheck and foldText', () => {
  it('give exactly what normalizeText gives, for any text', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const copied = normalizeText(text);
        const viewed = normalizeForCheck(text);
        return (
          foldText(text) === copied.text &&
          viewed.text === copied.text &&
          viewed.starts.length === copied.starts.length &&
          viewed.starts.every((start, i) => start === copied.starts[i] && viewed.ends[i] === copied.ends[i])
        );
      }),
    );
  });

  it('leave a normalizeForCheck result intact while other text is normalised', () => {
    const forCheck = normalizeForCheck('Ｇ i f t card');
    normalizeText('something else entirely, and longer than the first text');
    foldText('АМАZОN');
    expect(forCheck.text).toBe('gift card');
    expect(Array.from(forCheck.starts)).toEqual([0, 2, 4, 6, 7, 8, 9, 10, 11]);
  });

  it('hands normalizeText callers copies that later calls do not change', () => {
    const first = normalizeText('gift card');
    normalizeText('zzzzzzzzzzzzzzzzzzzz');
    expect(Array.from(first.starts)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
