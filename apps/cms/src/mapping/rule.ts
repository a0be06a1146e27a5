// Rules: between the Payload document (rows of phrases, pattern rows, relationship ids) and the
// schema's Rule (arrays of strings, rule ids), plus the field path of any schema path.
import type { RuleInput } from '@redflags/schema';
import { idsOf, slugsOf, type RelationValue, type SlugIndex } from './relations.js';
import { mapRows } from './rows.js';

/** The stored shape of a rule in Payload (as read at depth 0). */
export interface RuleDocument {
  id?: string | number;
  slug?: string | null;
  title?: string | null;
  explanation?: string | null;
  severity?: string | null;
  sign?: RelationValue;
  scored?: boolean | null;
  kinds?: string[] | null;
  guides?: RelationValue[] | null;
  match?: {
    phrases?: { phrase?: string | null }[] | null;
    patterns?: { regex?: string | null; literal?: string | null }[] | null;
    links?: string[] | null;
    phones?: string[] | null;
    entities?: string[] | null;
    combination?: { allOf?: RelationValue[] | null; anyOf?: RelationValue[] | null; minAnyOf?: number | null } | null;
  } | null;
  examples?: {
    mustMatch?: { message?: string | null }[] | null;
    mustNotMatch?: { message?: string | null }[] | null;
  } | null;
  _status?: 'draft' | 'published' | null;
}

const text = (value: string | null | undefined): string => value ?? '';

/** The index a rule's links resolve through; without `signs` the rule's sign is left out. */
export type RuleLinks = Pick<SlugIndex, 'rules' | 'guides'> & Partial<Pick<SlugIndex, 'signs'>>;

/**
 * The schema's rule for a stored document; links to rules, guides or signs missing from `index` are
 * dropped. The result is unvalidated input for `Rule.parse`.
 */
export function ruleFromDocument(doc: RuleDocument, index: RuleLinks): RuleInput {
  const match = doc.match ?? {};
  const combination = match.combination ?? {};
  const allOf = slugsOf(combination.allOf, index.rules);
  const anyOf = slugsOf(combination.anyOf, index.rules);
  const hasCombination = (combination.allOf?.length ?? 0) + (combination.anyOf?.length ?? 0) > 0;
  const [sign] = index.signs === undefined ? [] : slugsOf([doc.sign], index.signs);
  return {
    id: text(doc.slug),
    title: text(doc.title),
    explanation: text(doc.explanation),
    severity: doc.severity as RuleInput['severity'],
    ...(sign === undefined ? {} : { sign }),
    scored: doc.scored ?? true,
    kinds: doc.kinds ?? [],
    guides: slugsOf(doc.guides, index.guides),
    match: {
      phrases: mapRows(match.phrases, (row) => text(row.phrase)),
      patterns: mapRows(match.patterns, (row) => ({ regex: text(row.regex), literal: text(row.literal) })),
      links: (match.links ?? []) as NonNullable<RuleInput['match']['links']>,
      phones: (match.phones ?? []) as NonNullable<RuleInput['match']['phones']>,
      entities: (match.entities ?? []) as NonNullable<RuleInput['match']['entities']>,
      ...(hasCombination ? { combination: { allOf, anyOf, minAnyOf: combination.minAnyOf ?? 1 } } : {}),
    },
    examples: {
      mustMatch: mapRows(doc.examples?.mustMatch, (row) => text(row.message)),
      mustNotMatch: mapRows(doc.examples?.mustNotMatch, (row) => text(row.message)),
    },
  };
}

/** The Payload data for a schema rule (used by the seed); links resolve through `index`. */
export function ruleToDocument(rule: RuleInput, index: RuleLinks): RuleDocument {
  const combination = rule.match.combination;
  const [sign] = rule.sign === undefined || index.signs === undefined ? [] : idsOf([rule.sign], index.signs);
  return {
    slug: rule.id,
    title: rule.title,
    explanation: rule.explanation,
    severity: rule.severity,
    sign: sign ?? null,
    scored: rule.scored ?? true,
    kinds: rule.kinds ?? [],
    guides: idsOf(rule.guides, index.guides),
    match: {
      phrases: (rule.match.phrases ?? []).map((phrase) => ({ phrase })),
      patterns: (rule.match.patterns ?? []).map(({ regex, literal }) => ({ regex, literal })),
      links: rule.match.links ?? [],
      phones: rule.match.phones ?? [],
      entities: rule.match.entities ?? [],
      combination: {
        allOf: idsOf(combination?.allOf, index.rules),
        anyOf: idsOf(combination?.anyOf, index.rules),
        minAnyOf: combination?.minAnyOf ?? 1,
      },
    },
    examples: {
      mustMatch: (rule.examples?.mustMatch ?? []).map((message) => ({ message })),
      mustNotMatch: (rule.examples?.mustNotMatch ?? []).map((message) => ({ message })),
    },
  };
}

/**
 * Where a problem at a schema path shows in the admin form.
 * @example ruleFieldPath(['examples', 'mustMatch', 2]) // 'examples.mustMatch.2.message'
 */
export function ruleFieldPath(path: readonly PropertyKey[] | string): string {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  const [first, second, index] = parts;
  if (first === 'id') return 'slug';
  if (first === 'match' && second === 'phrases' && index !== undefined) return `match.phrases.${index}.phrase`;
  if (first === 'match' && second === 'combination') {
    return parts.includes('minAnyOf') ? 'match.combination.minAnyOf' : `match.combination.${parts[2] === 'anyOf' ? 'anyOf' : 'allOf'}`;
  }
  // "a rule must match something" is reported on the whole match group; show it on the first field.
  if (first === 'match' && second === undefined) return 'match.phrases';
  if (first === 'examples' && (second === 'mustMatch' || second === 'mustNotMatch') && index !== undefined) {
    return `examples.${second}.${index}.message`;
  }
  if ((first === 'kinds' || first === 'guides') && second !== undefined) return first;
  if (first === 'match' && (second === 'links' || second === 'phones' || second === 'entities')) return `match.${second}`;
  return parts.join('.');
}
