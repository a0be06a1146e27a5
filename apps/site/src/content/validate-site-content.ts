// Validates a CMS export record by record, so a bad record fails the build naming the collection,
// the record (slug or id) and the field.
import { BundleError, compileBundle } from '@redflags/engine';
import {
  Brand,
  Guide,
  listFieldProblems,
  NextSteps,
  NextStepsList,
  ReportingBody,
  RuleBundle,
  SiteContentEnvelope,
  type SiteContent,
} from '@redflags/schema';
import type { z } from 'zod';

/** One thing wrong with the export. */
export interface ContentProblem {
  collection: 'export' | 'guides' | 'brands' | 'reportingBodies' | 'nextSteps' | 'bundle';
  /** The record's slug or id, or its position when it has none. */
  record: string;
  field: string;
  message: string;
}

/** Thrown when the export has any invalid record; `message` lists every problem, one a line. */
export class SiteContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(
      `The CMS export has ${problems.length} invalid field(s); fix them in the CMS (or the content file) and rebuild:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'SiteContentError';
    this.problems = problems;
  }
}

/** "guides › 'amazon-call' › title: must not be empty" */
export function formatProblem(problem: ContentProblem): string {
  return `  ${problem.collection} › ${problem.record} › ${problem.field}: ${problem.message}`;
}

/**
 * Parses an export with the shared schemas and returns it typed, or throws a SiteContentError
 * listing every invalid field of every record (not only the first).
 */
export function validateSiteContent(raw: unknown): SiteContent {
  const envelope = SiteContentEnvelope.safeParse(raw);
  if (!envelope.success) {
    throw new SiteContentError(problemsOf(envelope.error, 'export', 'the export document'));
  }
  const problems: ContentProblem[] = [];
  const guides = parseRecords(envelope.data.guides, Guide, 'guides', 'slug', problems);
  const brands = parseRecords(envelope.data.brands, Brand, 'brands', 'id', problems);
  const reportingBodies = parseRecords(envelope.data.reportingBodies, ReportingBody, 'reportingBodies', 'id', problems);
  const nextSteps = parseRecords(envelope.data.nextSteps, NextSteps, 'nextSteps', 'id', problems);
  const nextStepsList = NextStepsList.safeParse(nextSteps);
  if (!nextStepsList.success) {
    for (const { field, message } of listFieldProblems(nextStepsList.error)) {
      const index = Number(field.split('.')[0]);
      problems.push({
        collection: 'nextSteps',
        record: `'${nextSteps[index]?.id ?? field}'`,
        field: field.split('.').slice(1).join('.'),
        message,
      });
    }
  }
  const bundle = RuleBundle.safeParse(envelope.data.bundle);
  if (!bundle.success) problems.push(...problemsOf(bundle.error, 'bundle', 'the rule bundle', envelope.data.bundle));
  else problems.push(...engineProblems(bundle.data));
  if (problems.length > 0 || !bundle.success) throw new SiteContentError(problems);
  return { generatedAt: envelope.data.generatedAt, guides, brands, reportingBodies, nextSteps, bundle: bundle.data };
}

/**
 * What the engine finds wrong with a bundle the schema accepts (a pattern that does not compile or can
 * backtrack, a combination naming a missing rule): such a bundle would break every checker, so it
 * fails the build here, before the content is kept as the last good snapshot.
 */
function engineProblems(bundle: RuleBundle): ContentProblem[] {
  try {
    compileBundle(bundle);
    return [];
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    return error.problems.map(({ ruleId, field, message }) => ({
      collection: 'bundle',
      record: ruleId === undefined ? 'the rule bundle' : `the rule bundle, rule '${ruleId}'`,
      field,
      message,
    }));
  }
}

function parseRecords<T>(
  records: unknown[],
  schema: z.ZodType<T>,
  collection: ContentProblem['collection'],
  key: 'slug' | 'id',
  problems: ContentProblem[],
): T[] {
  const parsed: T[] = [];
  const seen = new Set<string>();
  records.forEach((record, index) => {
    const name = recordName(record, key, index);
    const result = schema.safeParse(record);
    if (!result.success) {
      problems.push(...problemsOf(result.error, collection, name));
      return;
    }
    const value = (result.data as Record<string, unknown>)[key] as string;
    if (seen.has(value)) {
      problems.push({
        collection,
        record: name,
        field: key,
        message: `the ${key} '${value}' is used by another record; each must be unique`,
      });
      return;
    }
    seen.add(value);
    parsed.push(result.data);
  });
  return parsed;
}

function recordName(record: unknown, key: string, index: number): string {
  const value = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value.length > 0 ? `'${value}'` : `#${index} (no ${key})`;
}

/** Bundle problems under `rules.3…` also name the rule's id, so an editor can find it. */
function problemsOf(error: z.ZodError, collection: ContentProblem['collection'], record: string, source?: unknown): ContentProblem[] {
  return listFieldProblems(error).map(({ field, message }) => {
    const rule = /^rules\.(\d+)/.exec(field);
    const rules = (source as { rules?: unknown[] } | undefined)?.rules;
    const ruleIndex = rule?.[1] === undefined ? undefined : Number(rule[1]);
    const ruleName = ruleIndex === undefined || !Array.isArray(rules) ? undefined : recordName(rules[ruleIndex], 'id', ruleIndex);
    return { collection, record: ruleName ? `${record}, rule ${ruleName}` : record, field, message };
  });
}
