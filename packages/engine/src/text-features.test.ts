import { describe, expect, it } from 'vitest';
import { collectTextFeatures } from './text-features.js';

/** A copy of the features (the buffers are reused by the next call). */
function features(text: string, bits = 14) {
  const f = collectTextFeatures(text, bits);
  const list = Array.from(f.signedBuckets.subarray(0, f.count), (signed, i) => ({
    bucket: Math.abs(signed) - 1,
    sign: Math.sign(signed),
    owner: f.owners[i]!,
  }));
  const words = Array.from(f.wordStarts.subarray(0, f.wordCount), (start, i) => ({ start, end: f.wordEnds[i]! }));
  return { list, words };
}

describe('collectTextFeatures', () => {
  it('splits letters, numbers and currency signs into words with their ranges', () => {
    expect(features('pay £20 now!').words).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 5 },
      { start: 5, end: 7 },
      { start: 8, end: 11 },
    ]);
  });

  it('gives each word, each neighbouring pair and each 3- to 5-gram of " word " one feature', () => {
    // " pay " has 3 trigrams, 2 four-grams and 1 five-gram: 6; "now" the same; one pair, owned by both words.
    const { list } = features('pay now');
    expect(list.filter((f) => f.owner === 0)).toHaveLength(1 + 6);
    expect(list.filter((f) => f.owner === 1)).toHaveLength(1 + 6);
    expect(list.filter((f) => f.owner === -2)).toHaveLength(1);
  });

  it('reads a number by its length only', () => {
    const bucketOf = (text: string) => features(text).list[0]!.bucket;
    expect(bucketOf('799')).toBe(bucketOf('123'));
    expect(bucketOf('799')).not.toBe(bucketOf('7990'));
  });

  it('gives the same features for the same text, inside the table, with signs of ±1', () => {
    const first = features('Verify your account now', 10).list;
    features('something else entirely, to reuse the buffers');
    expect(features('Verify your account now', 10).list).toEqual(first);
    for (const f of first) {
      expect(f.bucket).toBeGreaterThanOrEqual(0);
      expect(f.bucket).toBeLessThan(1024);
      expect(Math.abs(f.sign)).toBe(1);
    }
  });

  it('has room for the most features a text can have', () => {
    const worst = 'a$'.repeat(5000);
    expect(collectTextFeatures(worst, 14).wordCount).toBe(10000);
    expect(collectTextFeatures('abcdefghij '.repeat(1000), 14).count).toBeGreaterThan(20000);
  });

  it('reads letters of other scripts as words', () => {
    expect(features('привет мир').words).toHaveLength(2);
  });
});
