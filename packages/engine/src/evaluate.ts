// Decides which rules a message makes fire, and where: entities first, one dictionary scan, the
// regular expressions whose literal was seen (near it only), then features, then combinations.
import type { Entity, Span } from '@redflags/schema';
import { KEYWORD_ENTITIES } from './entity-catalogue.js';
import { findEntities } from './extract-entities.js';
import { linkFeatures } from './link-features.js';
import type { DictionaryHit } from './match-dictionary.js';
import { normalizeForCheck, toOriginalRange, type NormalizedText } from './normalize.js';
import { phoneFeatures } from './phone-features.js';
import type { PreparedRules } from './prepare-rules.js';
import { HIGHLIGHTED_WORDS, type TextReading } from './learned-scoring.js';
import { scoreText, type TextWeights } from './text-model.js';

export interface Evaluation {
  /** Every rule that fired (scored or not), with the spans of the original text that made it fire. */
  fired: Map<number, Span[]>;
  entities: Entity[];
  /** The text model's reading, when a model was given. */
  text?: TextReading;
}

/** Bounds on the work one rule can cause in one message (see the package README). */
export const LIMITS = {
  /** Spans kept per rule. */
  spansPerRule: 12,
  /** Places a pattern's literal is looked at. */
  windowsPerPattern: 8,
  /** Characters either side of a literal a pattern may reach. */
  windowRadius: 200,
  /** Matches taken from one regular expression. */
  matchesPerPattern: 12,
  /** Past this many milliseconds in one check, remaining regular expressions are skipped (a checker option). */
  patternBudgetMs: 30,
} as const;

/** Finds what fires in `text` (already cut to the input limit), and reads it with the text model if one is given. */
export function evaluate(prepared: PreparedRules, text: string, textModel?: TextWeights): Evaluation {
  // Views into a reused buffer: nothing below normalises again through this function before the last use.
  const normalized = normalizeForCheck(text);
  const fired = new Map<number, Span[]>();
  const addSpan = (rule: number, span: Span) => {
    let spans = fired.get(rule);
    if (spans === undefined) {
      spans = [];
      fired.set(rule, spans);
    }
    if (spans.length < LIMITS.spansPerRule) spans.push(span);
  };

  const found = findEntities(text, prepared.parseHost);
  const entities = [...found.entities];
  const named = new Set<number>();
  const hits = prepared.dictionary.scan(normalized.text);
  const windows = new Map<number, Array<[number, number]>>();
  for (const hit of hits) recordHit(hit, normalized, { addSpan, named, windows, entities, original: text });

  runPatterns(prepared, normalized, windows, addSpan);

  for (const link of found.links) {
    const span = { start: link.start, end: link.end };
    for (const feature of linkFeatures(link, prepared.brands, named)) forRules(prepared.rulesByLink, feature, span, addSpan);
  }
  for (const phone of found.phones) {
    const span = { start: phone.start, end: phone.end };
    for (const feature of phoneFeatures(phone, prepared.brands, named)) forRules(prepared.rulesByPhone, feature, span, addSpan);
  }
  for (const code of found.shortCodes) forRules(prepared.rulesByPhone, 'short-code', { start: code.start, end: code.end }, addSpan);
  // Entities that are not rule features (links, phones) have no rules in the index, so they find none.
  const rulesByEntityType: ReadonlyMap<string, number[]> = prepared.rulesByEntity;
  for (const entity of entities) forRules(rulesByEntityType, entity.type, entity.span, addSpan);

  decideCombinations(prepared, fired);
  entities.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  if (textModel === undefined) return { fired, entities };
  return { fired, entities, text: readText(textModel, normalized) };
}

/** The text model's share, and its strongest words mapped back to the original text. */
function readText(model: TextWeights, normalized: NormalizedText): TextReading {
  const { logit, wordStarts, wordEnds, wordLogits } = scoreText(model, normalized.text);
  let strongest = 0;
  for (const value of wordLogits) strongest = Math.max(strongest, value);
  const chosen: number[] = [];
  for (let i = 0; i < wordLogits.length; i += 1) {
    if (wordLogits[i]! <= 0 || wordLogits[i]! < strongest * HIGHLIGHTED_WORDS.shareOfStrongest) continue;
    if (!worthShowing(normalized.text.slice(wordStarts[i]!, wordEnds[i]!))) continue;
    chosen.push(i);
  }
  chosen.sort((a, b) => wordLogits[b]! - wordLogits[a]! || a - b);
  const top = chosen.slice(0, HIGHLIGHTED_WORDS.most).sort((a, b) => a - b);
  const spans = top.map((i) => toOriginalRange(normalized, wordStarts[i]!, wordEnds[i]!));
  return { logit, spans };
}

/** Words too short or too common to explain anything to a reader ("$", "or", "for"): they still count, unshown. */
const UNSHOWN_WORDS = new Set([
  'the',
  'and',
  'for',
  'are',
  'was',
  'were',
  'with',
  'that',
  'this',
  'from',
  'but',
  'not',
  'has',
  'have',
  'will',
  'can',
  'its',
  'our',
  'you',
]);

function worthShowing(word: string): boolean {
  return word.length >= 3 && !UNSHOWN_WORDS.has(word);
}

interface HitSinks {
  addSpan: (rule: number, span: Span) => void;
  named: Set<number>;
  windows: Map<number, Array<[number, number]>>;
  entities: Entity[];
  original: string;
}

function recordHit(hit: DictionaryHit, normalized: NormalizedText, sinks: HitSinks): void {
  const { use } = hit;
  if (use.type === 'literal') {
    let list = sinks.windows.get(use.pattern);
    if (list === undefined) {
      list = [];
      sinks.windows.set(use.pattern, list);
    }
    if (list.length < LIMITS.windowsPerPattern) list.push([hit.start, hit.end]);
    return;
  }
  const span = toOriginalRange(normalized, hit.start, hit.end);
  if (use.type === 'phrase') sinks.addSpan(use.rule, span);
  else if (use.type === 'brand') sinks.named.add(use.brand);
  else {
    const entity = KEYWORD_ENTITIES[use.entity]!;
    if (!sinks.entities.some((e) => e.type === entity.kind && e.span.start === span.start)) {
      sinks.entities.push({ type: entity.kind, text: sinks.original.slice(span.start, span.end), value: entity.value, span });
    }
  }
}

/** Runs each pattern only around the places its literal was seen, within the time budget. */
function runPatterns(
  prepared: PreparedRules,
  normalized: NormalizedText,
  windows: Map<number, Array<[number, number]>>,
  addSpan: (rule: number, span: Span) => void,
): void {
  const started = performance.now();
  const text = normalized.text;
  for (const [patternIndex, places] of windows) {
    if (performance.now() - started > prepared.patternBudgetMs) return;
    const { rule, regex } = prepared.patterns[patternIndex]!;
    let found = 0;
    for (const [from, to] of mergeWindows(places, text.length)) {
      if (found >= LIMITS.matchesPerPattern) break;
      found += regex.forEachMatch(text.slice(from, to), LIMITS.matchesPerPattern - found, (start, end) => {
        addSpan(rule, toOriginalRange(normalized, from + start, from + end));
      });
    }
  }
}

function mergeWindows(places: Array<[number, number]>, length: number): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const [start, end] of [...places].sort((a, b) => a[0] - b[0])) {
    const from = Math.max(0, start - LIMITS.windowRadius);
    const to = Math.min(length, end + LIMITS.windowRadius);
    const last = merged[merged.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

function forRules<K>(index: ReadonlyMap<K, number[]>, key: K, span: Span, addSpan: (rule: number, span: Span) => void): void {
  for (const rule of index.get(key) ?? []) addSpan(rule, span);
}

/**
 * Decides combinations in dependency order; a combination's spans are its parts' spans.
 * Only combinations reachable from a fired rule are looked at, so the cost follows what fired, not the bundle size.
 */
function decideCombinations(prepared: PreparedRules, fired: Map<number, Span[]>): void {
  const candidates = reachableCombinations(prepared, fired);
  for (const position of candidates) {
    const combination = prepared.combinations[position]!;
    if (!holds(combination, fired)) {
      fired.delete(combination.rule);
      continue;
    }
    const own = fired.get(combination.rule);
    if (combination.hasDirect && own === undefined) continue;
    const spans = own === undefined ? [] : [...own];
    for (const part of combination.parts) {
      const partSpans = fired.get(part);
      if (partSpans !== undefined) for (const span of partSpans) spans.push(span);
    }
    fired.set(combination.rule, spans);
  }
}

function holds(combination: PreparedRules['combinations'][number], fired: Map<number, Span[]>): boolean {
  for (const part of combination.allOf) if (!fired.has(part)) return false;
  if (combination.anyOf.length === 0) return true;
  let count = 0;
  for (const part of combination.anyOf) if (fired.has(part) && ++count >= combination.minAnyOf) return true;
  return false;
}

/** Positions of the combinations a fired rule takes part in (or is), transitively, in dependency order. */
function reachableCombinations(prepared: PreparedRules, fired: Map<number, Span[]>): number[] {
  const seen = new Set<number>();
  const queue = [...fired.keys()];
  while (queue.length > 0) {
    for (const position of prepared.combinationsTouching.get(queue.pop()!) ?? []) {
      if (seen.has(position)) continue;
      seen.add(position);
      queue.push(prepared.combinations[position]!.rule);
    }
  }
  return [...seen].sort((a, b) => a - b);
}
