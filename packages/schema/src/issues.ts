// Turns zod issues into messages that name the record and the field, e.g.
// "rules[3] (gift-card-payment) › match.patterns.0.regex: must not be empty".
import type { z } from 'zod';

/** A problem at a field; the CMS moves it to the admin's field path before showing it. */
export interface FieldProblem {
  /** Dotted path to the field, e.g. `match.patterns.0.regex`. */
  field: string;
  message: string;
}

/** Lists each problem of a failed parse with its field path. */
export function listFieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(whole record)',
    message: issue.message,
  }));
}

/**
 * One line per problem, prefixed with what was being read.
 * @example formatFieldProblems(err, "guide 'amazon-call'") // "guide 'amazon-call' › title: must not be empty"
 */
export function formatFieldProblems(error: z.ZodError, subject: string): string {
  return listFieldProblems(error)
    .map((p) => `${subject} › ${p.field}: ${p.message}`)
    .join('\n');
}
