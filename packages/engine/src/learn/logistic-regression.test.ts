import { describe, expect, it } from 'vitest';
import { fitLogistic, logitOf, type Example, type FitOptions } from './logistic-regression.js';

const options: FitOptions = {
  rulePriors: Float64Array.from([1, 1]),
  buckets: 8,
  rulePriorStrength: 1,
  textPenalty: 1e-4,
  steps: 300,
  stepSize: 0.1,
};
const example = (rules: number[], buckets: number[], label: 0 | 1): Example => ({
  rules,
  buckets: Int32Array.from(buckets),
  values: Float32Array.from(buckets, () => 1 / Math.sqrt(buckets.length || 1)),
  label,
});

describe('fitLogistic', () => {
  const examples = [
    ...Array.from({ length: 10 }, () => example([0], [1, 2], 1)),
    ...Array.from({ length: 10 }, () => example([1], [3, 4], 0)),
    ...Array.from({ length: 5 }, () => example([], [1], 1)),
    ...Array.from({ length: 5 }, () => example([], [3], 0)),
  ];

  it('separates what it was shown', () => {
    const weights = fitLogistic(examples, options);
    for (const e of examples) expect(logitOf(weights, e) > 0).toBe(e.label === 1);
  });

  it('keeps a rule weight at or above 0 even when the rule fires on genuine messages only', () => {
    const weights = fitLogistic(examples, options);
    expect(weights.rules[1]).toBeGreaterThanOrEqual(0);
    expect(weights.rules[1]).toBeLessThan(weights.rules[0]!);
    expect(weights.text[3]).toBeLessThan(0);
    expect(weights.text[1]).toBeGreaterThan(0);
  });

  it('gives the same weights on every run', () => {
    expect(fitLogistic(examples, options)).toEqual(fitLogistic(examples, options));
  });

  it('leaves a rule that never fired at its prior', () => {
    const weights = fitLogistic(examples, { ...options, rulePriors: Float64Array.from([1, 1, 2.5]) });
    expect(weights.rules[2]).toBeCloseTo(2.5, 6);
  });
});
