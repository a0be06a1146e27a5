import { describe, expect, it } from 'vitest';
import { decodeTextModel, encodeTextModel, presentFeatures, scoreText } from './text-model.js';
import { collectTextFeatures } from './text-features.js';

describe('encodeTextModel and decodeTextModel', () => {
  it('keep every weight within half a step of its value', () => {
    const weights = Float64Array.from({ length: 256 }, (_, i) => Math.sin(i) * 3);
    const packed = encodeTextModel(weights, 8);
    const unpacked = decodeTextModel({ featuresVersion: 2, bits: 8, ...packed }).weights;
    for (let i = 0; i < 256; i += 1) expect(Math.abs(unpacked[i]! - weights[i]!)).toBeLessThanOrEqual(packed.scale / 2 + 1e-6);
  });

  it('refuses weights that do not fill the table', () => {
    expect(() =>
      decodeTextModel({ featuresVersion: 2, bits: 9, weights: encodeTextModel(new Float64Array(256), 8).weights, scale: 1 }),
    ).toThrow('text model: 256 weights for a table of 2^9 = 512; export the model again');
  });
});

describe('scoreText', () => {
  it('counts each feature once, with the sign of its occurrences, divided by √(distinct features), shared out over the words', () => {
    const weights = Float32Array.from({ length: 1024 }, (_, i) => (i % 7) - 3);
    const text = 'claim your prize, claim it';
    const { count, signedBuckets } = collectTextFeatures(text, 10);
    const sums = new Map<number, number>();
    for (const signed of signedBuckets.subarray(0, count))
      sums.set(Math.abs(signed) - 1, (sums.get(Math.abs(signed) - 1) ?? 0) + Math.sign(signed));
    let expected = 0;
    for (const [bucket, sum] of sums) expected += Math.sign(sum) * weights[bucket]!;
    const score = scoreText({ bits: 10, weights }, text);
    expect(sums.size).toBeLessThan(count);
    expect(score.logit).toBeCloseTo(expected / Math.sqrt(sums.size), 5);
    expect(score.wordLogits.reduce((a, b) => a + b, 0)).toBeCloseTo(score.logit, 5);
    expect(Array.from(score.wordStarts)).toEqual([0, 6, 11, 18, 24]);
  });

  it('reads text as training does (presentFeatures)', () => {
    const weights = Float32Array.from({ length: 1024 }, (_, i) => Math.sin(i));
    const text = 'urgent urgent: pay the fee now, pay now';
    const { buckets, values } = presentFeatures(collectTextFeatures(text, 10), 10);
    let trained = 0;
    for (let i = 0; i < buckets.length; i += 1) trained += weights[buckets[i]!]! * values[i]!;
    expect(scoreText({ bits: 10, weights }, text).logit).toBeCloseTo(trained, 5);
    expect(new Set(buckets).size).toBe(buckets.length);
  });

  it('reads empty text as 0', () => {
    expect(scoreText({ bits: 8, weights: new Float32Array(256) }, '').logit).toBe(0);
  });
});
