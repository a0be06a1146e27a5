import { describe, expect, it } from 'vitest';
import { decodeTextModel, encodeTextModel, scoreText } from './text-model.js';
import { collectTextFeatures } from './text-features.js';

describe('encodeTextModel and decodeTextModel', () => {
  it('keep every weight within half a step of its value', () => {
    const weights = Float64Array.from({ length: 256 }, (_, i) => Math.sin(i) * 3);
    const packed = encodeTextModel(weights, 8);
    const unpacked = decodeTextModel({ featuresVersion: 1, bits: 8, ...packed }).weights;
    for (let i = 0; i < 256; i += 1) expect(Math.abs(unpacked[i]! - weights[i]!)).toBeLessThanOrEqual(packed.scale / 2 + 1e-6);
  });

  it('refuses weights that do not fill the table', () => {
    expect(() =>
      decodeTextModel({ featuresVersion: 1, bits: 9, weights: encodeTextModel(new Float64Array(256), 8).weights, scale: 1 }),
    ).toThrow('text model: 256 weights for a table of 2^9 = 512; export the model again');
  });
});

describe('scoreText', () => {
  it('sums sign × weight over the features, divided by √count, and shares it out over the words', () => {
    const weights = Float32Array.from({ length: 1024 }, (_, i) => (i % 7) - 3);
    const { count, signedBuckets } = collectTextFeatures('claim your prize', 10);
    let expected = 0;
    for (const signed of signedBuckets.subarray(0, count)) expected += Math.sign(signed) * weights[Math.abs(signed) - 1]!;
    const score = scoreText({ bits: 10, weights }, 'claim your prize');
    expect(score.logit).toBeCloseTo(expected / Math.sqrt(count), 5);
    expect(score.wordLogits.reduce((a, b) => a + b, 0)).toBeCloseTo(score.logit, 5);
    expect(Array.from(score.wordStarts)).toEqual([0, 6, 11]);
  });

  it('reads empty text as 0', () => {
    expect(scoreText({ bits: 8, weights: new Float32Array(256) }, '').logit).toBe(0);
  });
});
