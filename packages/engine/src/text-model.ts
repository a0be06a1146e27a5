// Reads a message with the text model: the sum of its features' weights, and how much each word weighed.
import type { TextModel } from '@redflags/schema';
import { collectTextFeatures } from './text-features.js';

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
 * @example decodeTextModel({ featuresVersion: 1, bits: 8, weights: 'fw==', scale: 0.5 }).weights[0] // 63.5
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
 * Scores normalised text. Each feature counts sign × weight / √(number of features), so a long message
 * does not outweigh a short one by length alone.
 */
export function scoreText(model: TextWeights, text: string): TextScore {
  const features = collectTextFeatures(text, model.bits);
  const { count, signedBuckets, owners, wordCount } = features;
  const wordLogits = new Float64Array(wordCount);
  const norm = count > 0 ? 1 / Math.sqrt(count) : 0;
  let total = 0;
  for (let i = 0; i < count; i += 1) {
    const signed = signedBuckets[i]!;
    const value = (signed > 0 ? model.weights[signed - 1]! : -model.weights[-signed - 1]!) * norm;
    total += value;
    const owner = owners[i]!;
    if (owner >= 0) wordLogits[owner]! += value;
    else {
      wordLogits[-owner - 1]! += value / 2;
      wordLogits[-owner - 2]! += value / 2;
    }
  }
  return { logit: total, wordStarts: features.wordStarts.slice(0, wordCount), wordEnds: features.wordEnds.slice(0, wordCount), wordLogits };
}

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
