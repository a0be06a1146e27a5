// Reads a message with the text model: the sum of its features' weights, and how much each word weighed.
import type { TextModel } from '@redflags/schema';
import { collectTextFeatures, type TextFeatures } from './text-features.js';

/** A text model ready to score: its weights as numbers. */
export interface TextWeights {
  bits: number;
  weights: Float32Array;
}

export interface TextScore {
  /** The model's log-odds contribution: positive reads like the scams it learned from, negative like genuine messages. */
  logit: number;
  /** Where each word of the normalised text starts and ends, and what it contributed (a pair's weight is shared by its two words). */
  wordStarts: Int32Array;
  wordEnds: Int32Array;
  wordLogits: Float64Array;
}

/**
 * Unpacks a model's signed-byte weights.
 * @example decodeTextModel({ featuresVersion: 2, bits: 8, weights: 'fw==', scale: 0.5 }).weights[0] // 63.5
 */
export function decodeTextModel(model: TextModel): TextWeights {
  const size = 1 << model.bits;
  const bytes = decodeBase64(model.weights);
  if (bytes.length !== size)
    throw new Error(`text model: ${bytes.length} weights for a table of 2^${model.bits} = ${size}; export the model again`);
  const weights = new Float32Array(size);
  for (let i = 0; i < size; i += 1) weights[i] = ((bytes[i]! << 24) >> 24) * model.scale;
  return { bits: model.bits, weights };
}

/** Packs weights into signed bytes (the largest magnitude maps to ±127) and base64. */
export function encodeTextModel(weights: Float64Array | Float32Array, bits: number): { weights: string; scale: number } {
  let largest = 0;
  for (const w of weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest > 0 ? largest / 127 : 1;
  const bytes = new Uint8Array(weights.length);
  for (let i = 0; i < weights.length; i += 1) bytes[i] = Math.round(weights[i]! / scale) & 0xff;
  if (weights.length !== 1 << bits) throw new Error(`encodeTextModel: ${weights.length} weights for 2^${bits}`);
  return { weights: encodeBase64(bytes), scale };
}

/**
 * Scores normalised text. Each feature counts once however often it occurs (its occurrences' signs added up, then
 * only the sign kept), as sign × weight / √(number of distinct features), so neither a repeated word nor a long
 * message outweighs a short one by length alone. A feature's share goes to the words it came from.
 */
export function scoreText(model: TextWeights, text: string): TextScore {
  const features = collectTextFeatures(text, model.bits);
  const { count, signedBuckets, owners, wordCount } = features;
  const net = netSigns(signedBuckets, count, model.bits);
  let distinct = 0;
  for (let i = 0; i < count; i += 1) {
    const bucket = Math.abs(signedBuckets[i]!) - 1;
    if (net.seen[bucket] !== 1) {
      net.seen[bucket] = 1;
      distinct += 1;
    }
  }
  const norm = distinct > 0 ? 1 / Math.sqrt(distinct) : 0;
  const wordLogits = new Float64Array(wordCount);
  let total = 0;
  for (let i = 0; i < count; i += 1) {
    const signed = signedBuckets[i]!;
    const bucket = Math.abs(signed) - 1;
    const sum = net.sums[bucket]!;
    if (sum === 0) continue;
    // The feature's value, sign(sum) × weight × norm, shared among its occurrences by their signs (they add up to it).
    const share = (model.weights[bucket]! * norm * Math.sign(signed)) / Math.abs(sum);
    total += share;
    const owner = owners[i]!;
    if (owner >= 0) wordLogits[owner]! += share;
    else {
      wordLogits[-owner - 1]! += share / 2;
      wordLogits[-owner - 2]! += share / 2;
    }
  }
  for (let i = 0; i < count; i += 1) {
    const bucket = Math.abs(signedBuckets[i]!) - 1;
    net.sums[bucket] = 0;
    net.seen[bucket] = 0;
  }
  return { logit: total, wordStarts: features.wordStarts.slice(0, wordCount), wordEnds: features.wordEnds.slice(0, wordCount), wordLogits };
}

/**
 * A text's features as the model reads them: each distinct bucket once, with the sign of its occurrences' sum
 * (none when they cancel), each valued ±1 / √(distinct buckets). Training reads text through this too.
 * @example presentFeatures(collectTextFeatures('pay pay', 10), 10).buckets.length // 1 (the word; no pair repeats)
 */
export function presentFeatures(features: TextFeatures, bits: number): { buckets: Int32Array; values: Float32Array } {
  const { count, signedBuckets } = features;
  const net = netSigns(signedBuckets, count, bits);
  const buckets: number[] = [];
  const signs: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const bucket = Math.abs(signedBuckets[i]!) - 1;
    if (net.seen[bucket] === 1) continue;
    net.seen[bucket] = 1;
    buckets.push(bucket);
    signs.push(Math.sign(net.sums[bucket]!));
  }
  for (const bucket of buckets) {
    net.sums[bucket] = 0;
    net.seen[bucket] = 0;
  }
  const norm = buckets.length > 0 ? 1 / Math.sqrt(buckets.length) : 0;
  return { buckets: Int32Array.from(buckets), values: Float32Array.from(signs, (sign) => sign * norm) };
}

/** Each bucket's occurrences' signs added up, in a table reused between calls (the caller clears what it touched). */
function netSigns(signedBuckets: Int32Array, count: number, bits: number): { sums: Int32Array; seen: Uint8Array } {
  const size = 1 << bits;
  if (scratch.sums.length !== size) scratch = { sums: new Int32Array(size), seen: new Uint8Array(size) };
  for (let i = 0; i < count; i += 1) {
    const signed = signedBuckets[i]!;
    scratch.sums[Math.abs(signed) - 1]! += Math.sign(signed);
  }
  return scratch;
}

let scratch = { sums: new Int32Array(0), seen: new Uint8Array(0) };

// atob and btoa are in every runtime the engine runs in (browsers, workers, Node ≥ 16).
function decodeBase64(text: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new Error('text model: the weights are not valid base64; export the model again');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
