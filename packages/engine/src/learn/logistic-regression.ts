// Regularised logistic regression over two blocks of features: the rules that fired (each pulled towards
// its severity's prior weight and kept ≥ 0, as SpamAssassin's rescoring keeps rule scores) and the text
// model's hashed features (pulled towards 0). Full-batch Adam with a fixed number of steps: no randomness,
// so the same messages always give the same model.

/** One labelled message as the learner sees it. */
export interface Example {
  /** Indices of the scored rules that fired. */
  rules: readonly number[];
  /** The text features: bucket and value (sign / √count) of each occurrence. */
  buckets: Int32Array;
  values: Float32Array;
  /** 1 for a scam, 0 for a genuine message. */
  label: 0 | 1;
}

export interface FitOptions {
  /** Prior weight of each rule (log-odds), from its severity. */
  rulePriors: Float64Array;
  /** Size of the hashing table. */
  buckets: number;
  /** How strongly rule weights are held to their priors (per message of the training set). */
  rulePriorStrength: number;
  /** L2 penalty on the text weights. */
  textPenalty: number;
  steps: number;
  stepSize: number;
}

export interface FittedWeights {
  bias: number;
  rules: Float64Array;
  text: Float64Array;
}

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

/**
 * Fits the weights to the examples.
 * @example fitLogistic([], options).bias // the starting bias: nothing to learn from
 */
export function fitLogistic(examples: readonly Example[], options: FitOptions): FittedWeights {
  const ruleCount = options.rulePriors.length;
  const weights: FittedWeights = { bias: -1, rules: Float64Array.from(options.rulePriors), text: new Float64Array(options.buckets) };
  if (examples.length === 0) return weights;
  const touched = touchedBuckets(examples, options.buckets);
  const adamBias = new AdamState(1);
  const adamRules = new AdamState(ruleCount);
  const adamText = new AdamState(options.buckets);
  const gradRules = new Float64Array(ruleCount);
  const gradText = new Float64Array(options.buckets);
  const perExample = 1 / examples.length;

  for (let step = 1; step <= options.steps; step += 1) {
    gradRules.fill(0);
    for (const bucket of touched) gradText[bucket] = 0;
    let gradBias = 0;
    for (const example of examples) {
      const error = (sigmoid(logitOf(weights, example)) - example.label) * perExample;
      gradBias += error;
      for (const rule of example.rules) gradRules[rule]! += error;
      for (let i = 0; i < example.buckets.length; i += 1) gradText[example.buckets[i]!]! += error * example.values[i]!;
    }
    for (let r = 0; r < ruleCount; r += 1)
      gradRules[r]! += options.rulePriorStrength * perExample * (weights.rules[r]! - options.rulePriors[r]!);
    for (const bucket of touched) gradText[bucket]! += options.textPenalty * weights.text[bucket]!;

    weights.bias -= adamBias.step(0, gradBias, step, options.stepSize);
    for (let r = 0; r < ruleCount; r += 1) {
      weights.rules[r] = Math.max(0, weights.rules[r]! - adamRules.step(r, gradRules[r]!, step, options.stepSize));
    }
    for (const bucket of touched) weights.text[bucket]! -= adamText.step(bucket, gradText[bucket]!, step, options.stepSize);
  }
  return weights;
}

/** The rules' share of an example's log-odds. */
export function rulesLogitOf(weights: { rules: ArrayLike<number> }, example: Example): number {
  let logit = 0;
  for (const rule of example.rules) logit += weights.rules[rule]!;
  return logit;
}

/** The log-odds the weights give an example. */
export function logitOf(weights: { bias: number; rules: ArrayLike<number>; text: ArrayLike<number> }, example: Example): number {
  let logit = weights.bias;
  for (const rule of example.rules) logit += weights.rules[rule]!;
  for (let i = 0; i < example.buckets.length; i += 1) logit += weights.text[example.buckets[i]!]! * example.values[i]!;
  return logit;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The buckets any example uses; the others keep weight 0 and need no update. */
function touchedBuckets(examples: readonly Example[], size: number): Int32Array {
  const seen = new Uint8Array(size);
  for (const example of examples) for (const bucket of example.buckets) seen[bucket] = 1;
  const list: number[] = [];
  for (let i = 0; i < size; i += 1) if (seen[i] === 1) list.push(i);
  return Int32Array.from(list);
}

/** Adam's running moments for a block of weights. */
class AdamState {
  private readonly first: Float64Array;
  private readonly second: Float64Array;
  constructor(size: number) {
    this.first = new Float64Array(size);
    this.second = new Float64Array(size);
  }

  /** The change to subtract from weight `i` at step `t` (from 1). */
  step(i: number, gradient: number, t: number, stepSize: number): number {
    this.first[i] = BETA1 * this.first[i]! + (1 - BETA1) * gradient;
    this.second[i] = BETA2 * this.second[i]! + (1 - BETA2) * gradient * gradient;
    const first = this.first[i]! / (1 - BETA1 ** t);
    const second = this.second[i]! / (1 - BETA2 ** t);
    return (stepSize * first) / (Math.sqrt(second) + EPSILON);
  }
}
