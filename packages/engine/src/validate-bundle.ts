// Validation at the edges: a whole bundle (compileBundle, validateBundle, `redflags validate`) or one
// rule about to be saved in the CMS (checkRuleInContext). Every problem is listed, not just the first.
import { Brand, CheckerSettings, Rule, RuleBundle, type CheckerSettingsInput, type GuideSummary } from '@redflags/schema';
import { checkExamples } from './check-examples.js';
import type { Checker } from './checker.js';
import { createChecker } from './create-checker.js';
import { findCombinationProblems } from './combination-graph.js';
import { checkPattern } from './pattern-checks.js';
import { BundleError, type Problem } from './problems.js';

export interface CompileOptions {
  /** Also run every rule's mustMatch / mustNotMatch examples (slower; `validateBundle` always does). */
  checkExamples?: boolean;
  /**
   * An extra, slower check of each regular expression, returning a problem message or undefined;
   * Node-side callers pass `recheckPattern` from `@redflags/engine/validate-thorough`.
   */
  thoroughPatternCheck?: (regex: string) => string | undefined;
}

/** A failed parse's error, whatever the schema. */
interface SchemaError {
  issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>;
}

/** Examples are checked without the per-check time budget, so their outcome never depends on the machine's load. */
const UNBOUNDED = { patternBudgetMs: Number.POSITIVE_INFINITY } as const;

/** Settings used when a rule is checked without the bundle's own. */
const FALLBACK_SETTINGS: CheckerSettingsInput = { thresholds: { caution: 2, high: 4 } };

/**
 * Validates a bundle and builds its checker; throws a BundleError listing every problem.
 * @example compileBundle(JSON.parse(text)).check('Running 10 min late').level // "none"
 */
export function compileBundle(input: unknown, options: CompileOptions = {}): Checker<RuleBundle> {
  const parsed = RuleBundle.safeParse(input);
  if (!parsed.success) throw new BundleError(reviewUnparsedBundle(input, parsed.error, options));
  const problems = reviewRules(parsed.data.rules, options);
  // Examples still run for the rules without problems, so one pass lists every problem.
  const broken = new Set(problems.map((problem) => problem.ruleId));
  const usable = broken.size === 0 ? parsed.data.rules : parsed.data.rules.filter((rule) => !broken.has(rule.id));
  const bundle = usable === parsed.data.rules ? parsed.data : { ...parsed.data, rules: usable };
  const checker = createChecker(bundle);
  if (options.checkExamples === true) problems.push(...checkExamples(createChecker(bundle, UNBOUNDED), usable));
  if (problems.length > 0) throw new BundleError(problems);
  return checker;
}

/**
 * Lists every problem of a bundle: schema, patterns, combinations and examples.
 * @example validateBundle({}).ok // false
 */
export function validateBundle(
  input: unknown,
  options: Pick<CompileOptions, 'thoroughPatternCheck'> = {},
): { ok: boolean; problems: Problem[] } {
  try {
    compileBundle(input, { ...options, checkExamples: true });
    return { ok: true, problems: [] };
  } catch (error) {
    if (error instanceof BundleError) return { ok: false, problems: error.problems };
    throw error;
  }
}

/**
 * Checks one rule as the CMS is about to save it, against the other published rules and brands:
 * schema, patterns, combinations, and its own examples. An empty list means it can be saved.
 * @example checkRuleInContext(rule, { rules: publishedRules, brands }) // []
 */
export function checkRuleInContext(
  rule: unknown,
  context: { rules?: unknown[]; brands?: unknown[]; settings?: unknown },
  options: Pick<CompileOptions, 'thoroughPatternCheck'> = {},
): Problem[] {
  const parsed = Rule.safeParse(rule);
  const ruleId = idOf(rule);
  if (!parsed.success) return schemaProblems(parsed.error, ruleId === undefined ? {} : { ruleId });
  let others = (context.rules ?? []).flatMap((other) => {
    const result = Rule.safeParse(other);
    return result.success && result.data.id !== parsed.data.id ? [result.data] : [];
  });
  // Review the other rules together (a combination names its neighbours), dropping broken ones
  // until none is left: a combination that named a dropped rule is itself broken next round.
  for (let broken = brokenRuleIds(others); broken.size > 0; broken = brokenRuleIds(others)) {
    others = others.filter((other) => !broken.has(other.id));
  }
  const rules = [...others, parsed.data];
  // Only the rule being saved gets the thorough check: the others were checked when they were saved.
  const reviewed = reviewRules(rules).filter((problem) => problem.ruleId === parsed.data.id);
  const problems = [...reviewed, ...thoroughProblems(parsed.data, options, reviewed)];
  if (problems.length > 0) return problems;
  const settings = CheckerSettings.safeParse(context.settings ?? FALLBACK_SETTINGS);
  const checker = createChecker(
    {
      formatVersion: 1,
      generatedAt: new Date().toISOString(),
      rules,
      signs: [],
      brands: parseEach(Brand, context.brands ?? []),
      guides: [],
      settings: settings.success ? settings.data : CheckerSettings.parse(FALLBACK_SETTINGS),
    },
    UNBOUNDED,
  );
  return checkExamples(checker, [parsed.data]);
}

/** Ids of the rules among `rules` that have a pattern or combination problem. */
function brokenRuleIds(rules: readonly Rule[]): Set<string> {
  return new Set(reviewRules(rules).flatMap((problem) => (problem.ruleId === undefined ? [] : [problem.ruleId])));
}

/** Pattern and combination problems of parsed rules, plus duplicate ids. */
function reviewRules(rules: readonly Rule[], options: Pick<CompileOptions, 'thoroughPatternCheck'> = {}): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.id))
      problems.push({ ruleId: rule.id, field: 'id', message: `another rule already has the id '${rule.id}'; give each rule its own id` });
    seen.add(rule.id);
    rule.match.patterns.forEach((pattern, i) => {
      for (const problem of checkPattern(pattern))
        problems.push({ ruleId: rule.id, field: `match.patterns.${i}.${problem.field}`, message: problem.message });
    });
    problems.push(...thoroughProblems(rule, options, problems));
  }
  return [...problems, ...findCombinationProblems(rules)];
}

/** The thorough check's problems for a rule's patterns that have no regex problem yet. */
function thoroughProblems(rule: Rule, options: Pick<CompileOptions, 'thoroughPatternCheck'>, known: readonly Problem[] = []): Problem[] {
  const check = options.thoroughPatternCheck;
  if (check === undefined) return [];
  return rule.match.patterns.flatMap((pattern, i) => {
    const field = `match.patterns.${i}.regex`;
    if (known.some((problem) => problem.ruleId === rule.id && problem.field === field)) return [];
    const message = check(pattern.regex);
    return message === undefined ? [] : [{ ruleId: rule.id, field, message }];
  });
}

/** When the bundle fails the schema, still check every rule that parses on its own. */
function reviewUnparsedBundle(input: unknown, error: SchemaError, options: CompileOptions): Problem[] {
  const withExamples = options.checkExamples ?? false;
  const problems = schemaProblems(error, {}, input);
  const record = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const rawRules = Array.isArray(record.rules) ? record.rules : [];
  const rules = parseEach(Rule, rawRules);
  const ruleProblems = reviewRules(rules, options);
  problems.push(...ruleProblems);
  if (withExamples) {
    const broken = new Set(ruleProblems.map((p) => p.ruleId));
    const usable = rules.filter((rule) => !broken.has(rule.id));
    const settings = CheckerSettings.safeParse(record.settings);
    const guides: GuideSummary[] = [];
    const checker = createChecker(
      {
        formatVersion: 1,
        generatedAt: new Date().toISOString(),
        rules: usable,
        signs: [],
        brands: parseEach(Brand, Array.isArray(record.brands) ? record.brands : []),
        guides,
        settings: settings.success ? settings.data : CheckerSettings.parse(FALLBACK_SETTINGS),
      },
      UNBOUNDED,
    );
    problems.push(...checkExamples(checker, usable));
  }
  return problems;
}

/** Turns zod issues into problems; issues under `rules.N` name that rule and the field inside it. */
function schemaProblems(error: SchemaError, base: { ruleId?: string }, bundle?: unknown): Problem[] {
  const rules =
    typeof bundle === 'object' && bundle !== null && Array.isArray((bundle as { rules?: unknown }).rules)
      ? (bundle as { rules: unknown[] }).rules
      : [];
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    if (bundle !== undefined && path[0] === 'rules' && path.length >= 2) {
      const ruleId = idOf(rules[Number(path[1])]) ?? `rules.${path[1]}`;
      return { ruleId, field: path.slice(2).join('.') || '(whole rule)', message: issue.message };
    }
    return { ...base, field: path.join('.') || '(whole record)', message: issue.message };
  });
}

function parseEach<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  values: readonly unknown[],
): T[] {
  return values.flatMap((value) => {
    const result = schema.safeParse(value);
    return result.success ? [result.data] : [];
  });
}

function idOf(value: unknown): string | undefined {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}
