// The checker's measured accuracy, read from the summary the engine's evaluation writes
// (src/data/evaluation.json, by `npm run eval:about -w @redflags/site`). Never typed by hand.
import { z } from 'zod';

const Tally = z.object({ total: z.number().int().min(0), flagged: z.number().int().min(0), high: z.number().int().min(0) });

/** The fields of the engine's `--summary-out` file that the page shows. */
export const EvaluationSummary = z.looseObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'must be a date such as 2026-11-25'),
  corpus: z.looseObject({ size: z.number().int().min(0), half: z.enum(['odd', 'even', 'all']) }),
  rules: z.number().int().min(0),
  scams: Tally,
  harmless: Tally,
});
export type EvaluationSummary = z.infer<typeof EvaluationSummary>;

const files = import.meta.glob<unknown>('../data/evaluation.json', { eager: true, import: 'default' });

/** The summary in src/data/evaluation.json, or the reason it cannot be shown. */
export function readEvaluation(): { evaluation: EvaluationSummary } | { problem: string } {
  return parseEvaluation(Object.values(files)[0]);
}

/** Checks a summary file's content; undefined means the file is missing. */
export function parseEvaluation(raw: unknown): { evaluation: EvaluationSummary } | { problem: string } {
  if (raw === undefined) return { problem: 'src/data/evaluation.json is missing; run `npm run eval:about -w @redflags/site`' };
  const parsed = EvaluationSummary.safeParse(raw);
  if (!parsed.success) {
    return { problem: `src/data/evaluation.json: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}` };
  }
  return { evaluation: parsed.data };
}

/**
 * A count as a share of a total, in words.
 * @example share(41, 50) // "41 of 50 (82%)"
 */
export function share(part: number, whole: number): string {
  return whole === 0 ? `${part} of 0` : `${part} of ${whole} (${Math.round((part / whole) * 100)}%)`;
}
