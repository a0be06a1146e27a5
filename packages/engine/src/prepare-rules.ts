// Turns a parsed bundle into the structures a check walks: one dictionary, regular expressions keyed
// by their literal, rules indexed by feature, and combinations in the order they can be decided.
import {
  combinationParts,
  type BrowserRule,
  type BrowserRuleBundle,
  type EntityKind,
  type GuideLink,
  type LinkFeature,
  type PhoneFeature,
  type Sign,
} from '@redflags/schema';
import { combinationOrder } from './combination-graph.js';
import { LIMITS } from './evaluate.js';
import { KEYWORD_ENTITIES } from './entity-catalogue.js';
import type { ParseHost } from './extract-links.js';
import { toKnownBrands, type KnownBrand } from './known-brands.js';
import { MatchDictionaryBuilder, type MatchDictionary } from './match-dictionary.js';
import { normalizeText } from './normalize.js';
import { patternRisk } from './pattern-risk.js';
import { compileBacktrackingPattern, type PatternCompiler, type RulePattern } from './rule-pattern.js';

export interface PreparedPattern {
  rule: number;
  regex: RulePattern;
}

/** A pattern the checker will not run: it could backtrack catastrophically and no linear-time engine took it. */
export interface DisabledPattern {
  ruleId: string;
  regex: string;
  reason: string;
}

export interface PatternCompilers {
  /** Compiles patterns the risk screen trusts; RegExp by default. */
  compilePattern?: PatternCompiler;
  /**
   * Compiles the patterns it does not trust (see pattern-risk.ts); it must return a linear-time ('re2')
   * pattern for them to run. Without one, or when it cannot express the pattern, the pattern is disabled.
   */
  compileRiskyPattern?: PatternCompiler;
}

/** What a checker is built with: how patterns run, and the host parser that holds the Public Suffix List. */
export interface CheckerOptions extends PatternCompilers {
  /** tldts's `parse`; in the browser, `import('@redflags/engine/parse-host')` loads it as its own file. */
  parseHost: ParseHost;
  /**
   * Past this many milliseconds (wall clock) in one check, the remaining regular expressions are skipped
   * (default `LIMITS.patternBudgetMs`). Validation passes `Infinity`: on a busy machine a wall-clock budget
   * would make an example's outcome depend on the load.
   */
  patternBudgetMs?: number;
}

export interface PreparedCombination {
  rule: number;
  allOf: number[];
  anyOf: number[];
  minAnyOf: number;
  /** allOf then anyOf, for collecting spans. */
  parts: number[];
  /** The rule also has direct matchers, which must match as well. */
  hasDirect: boolean;
}

export interface PreparedRules {
  rules: readonly BrowserRule[];
  guides: readonly GuideLink[][];
  brands: readonly KnownBrand[];
  dictionary: MatchDictionary;
  patterns: readonly PreparedPattern[];
  rulesByLink: ReadonlyMap<LinkFeature, number[]>;
  rulesByPhone: ReadonlyMap<PhoneFeature, number[]>;
  rulesByEntity: ReadonlyMap<EntityKind, number[]>;
  /** Combinations, each after every combination it depends on. */
  combinations: readonly PreparedCombination[];
  /** For each rule index, the positions in `combinations` a check must look at when that rule fires. */
  combinationsTouching: ReadonlyMap<number, number[]>;
  /** Rules that fire only through a combination (no direct matcher). */
  combinationOnly: ReadonlySet<number>;
  /** Patterns left out because they could backtrack catastrophically (none in a validated bundle). */
  disabledPatterns: readonly DisabledPattern[];
  /** Splits the hosts of links with the Public Suffix List. */
  parseHost: ParseHost;
  patternBudgetMs: number;
  /** Each rule's index by id. */
  indexOf: ReadonlyMap<string, number>;
  /** The bundle's signs by id. */
  signById: ReadonlyMap<string, Sign>;
  /** For each rule index, how many rules it builds on through combinations, transitively. */
  buildsOn: readonly number[];
}

/**
 * Prepares a parsed bundle for checking. Expects a bundle that passed validation:
 * unknown combination parts are ignored and an invalid regular expression throws.
 */
export function prepareRules(bundle: BrowserRuleBundle, options: CheckerOptions): PreparedRules {
  const { parseHost, patternBudgetMs = LIMITS.patternBudgetMs, ...compilers } = options;
  const { rules } = bundle;
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  const builder = new MatchDictionaryBuilder();
  const brands = toKnownBrands(bundle.brands);
  brands.forEach((brand, index) => {
    for (const name of brand.names) builder.add(name, { type: 'brand', brand: index });
  });
  KEYWORD_ENTITIES.forEach((entity, index) => {
    for (const word of entity.words) builder.add(word, { type: 'entity', entity: index });
  });

  const patterns: PreparedPattern[] = [];
  const rulesByLink = new Map<LinkFeature, number[]>();
  const rulesByPhone = new Map<PhoneFeature, number[]>();
  const rulesByEntity = new Map<EntityKind, number[]>();
  const combinationOnly = new Set<number>();
  const disabledPatterns: DisabledPattern[] = [];
  const guideTitles = new Map(bundle.guides.map((guide) => [guide.slug, guide.title]));

  rules.forEach((rule, index) => {
    const { match } = rule;
    for (const phrase of match.phrases) builder.add(normalizePhrase(phrase), { type: 'phrase', rule: index });
    for (const pattern of match.patterns) {
      const regex = compileScreened(pattern.regex, compilers);
      if (typeof regex === 'string') {
        disabledPatterns.push({ ruleId: rule.id, regex: pattern.regex, reason: regex });
        continue;
      }
      builder.add(normalizeText(pattern.literal).text, { type: 'literal', pattern: patterns.length });
      patterns.push({ rule: index, regex });
    }
    for (const feature of match.links) listFor(rulesByLink, feature).push(index);
    for (const feature of match.phones) listFor(rulesByPhone, feature).push(index);
    for (const kind of match.entities) listFor(rulesByEntity, kind).push(index);
    if (!hasDirectMatcher(rule)) combinationOnly.add(index);
  });

  const combinations = combinationOrder(rules).map((id): PreparedCombination => {
    const rule = indexOf.get(id)!;
    const combination = rules[rule]!.match.combination!;
    const known = (ids: string[]) => ids.map((part) => indexOf.get(part)).filter((part) => part !== undefined);
    const allOf = known(combination.allOf);
    const anyOf = known(combination.anyOf);
    return { rule, allOf, anyOf, minAnyOf: combination.minAnyOf, parts: [...allOf, ...anyOf], hasDirect: !combinationOnly.has(rule) };
  });

  // A combination with allOf parts can only hold when every one fired, so it is reached through the one
  // part fewest combinations share (a building block like "has a link" would reach them all).
  const sharedBy = new Map<number, number>();
  for (const combination of combinations) for (const part of combination.parts) sharedBy.set(part, (sharedBy.get(part) ?? 0) + 1);
  const combinationsTouching = new Map<number, number[]>();
  combinations.forEach((combination, position) => {
    const rarest = [...combination.allOf].sort((a, b) => sharedBy.get(a)! - sharedBy.get(b)!)[0];
    const entries = rarest === undefined ? combination.anyOf : [rarest];
    for (const rule of [combination.rule, ...entries]) listFor(combinationsTouching, rule).push(position);
  });

  const guides = rules.map((rule) =>
    rule.guides.flatMap((slug) => (guideTitles.has(slug) ? [{ slug, title: guideTitles.get(slug)! }] : [])),
  );
  return {
    rules,
    guides,
    brands,
    dictionary: builder.build(),
    patterns,
    rulesByLink,
    rulesByPhone,
    rulesByEntity,
    combinations,
    combinationsTouching,
    combinationOnly,
    disabledPatterns,
    parseHost,
    patternBudgetMs,
    // The browser takes the bundle file unparsed, so one published before signs existed has no list.
    indexOf,
    signById: new Map((bundle.signs ?? []).map((sign) => [sign.id, sign])),
    buildsOn: countBuildsOn(rules, indexOf),
  };
}

/** For each rule, the number of distinct rules under it through its combination and theirs. */
function countBuildsOn(rules: readonly BrowserRule[], indexOf: ReadonlyMap<string, number>): number[] {
  const below = new Map<number, Set<number>>();
  const collect = (index: number, visiting: Set<number>): Set<number> => {
    const known = below.get(index);
    if (known !== undefined) return known;
    const parts = new Set<number>();
    // A validated bundle has no cycles; `visiting` only keeps a broken one from recursing forever.
    visiting.add(index);
    for (const id of combinationParts(rules[index]!)) {
      const part = indexOf.get(id);
      if (part === undefined || visiting.has(part)) continue;
      parts.add(part);
      for (const deeper of collect(part, visiting)) parts.add(deeper);
    }
    visiting.delete(index);
    below.set(index, parts);
    return parts;
  };
  return rules.map((_, index) => collect(index, new Set()).size);
}

/** A compiled pattern, or why it is disabled: a risky pattern runs only on a linear-time engine. */
function compileScreened(regex: string, compilers: PatternCompilers): RulePattern | string {
  const risk = patternRisk(regex);
  if (risk === undefined) return (compilers.compilePattern ?? compileBacktrackingPattern)(regex);
  for (const compile of [compilers.compilePattern, compilers.compileRiskyPattern]) {
    const compiled = compile?.(regex);
    if (compiled?.engine === 're2') return compiled;
  }
  return `the pattern ${risk.reason}, and no linear-time engine can run it`;
}

/** Plain lower-case words need no normalising; this keeps compiling thousands of phrases fast. */
const PLAIN_WORDS = /^[a-z]{2,}(?: [a-z]{2,})*$/;

function normalizePhrase(phrase: string): string {
  return PLAIN_WORDS.test(phrase) ? phrase : normalizeText(phrase).text.trim();
}

/** True when the rule can fire without its combination. */
export function hasDirectMatcher(rule: BrowserRule): boolean {
  const m = rule.match;
  return m.phrases.length + m.patterns.length + m.links.length + m.phones.length + m.entities.length > 0;
}

function listFor<K>(map: Map<K, number[]>, key: K): number[] {
  let list = map.get(key);
  if (list === undefined) {
    list = [];
    map.set(key, list);
  }
  return list;
}
