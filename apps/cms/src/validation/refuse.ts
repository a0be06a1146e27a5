// Turns problems found in a document (by a zod schema or the engine) into the ValidationError
// Payload shows on each named field in the admin and returns from the APIs.
import type { FieldProblem } from '@redflags/schema';
import { ValidationError, type PayloadRequest } from 'payload';
import type { z } from 'zod';

/** Schema problems, each moved to the admin field it belongs to (a Payload field path such as `examples.mustMatch.0.message`). */
export function problemsFromZod(error: z.ZodError, toFieldPath: (path: readonly PropertyKey[]) => string): FieldProblem[] {
  return error.issues.map((issue) => ({ field: toFieldPath(issue.path), message: issue.message }));
}

interface Target {
  collection?: string;
  global?: string;
  req: PayloadRequest;
}

/** Throws a ValidationError listing every problem; returns when there are none. */
export function refuseIfProblems(problems: readonly FieldProblem[], target: Target): void {
  if (problems.length === 0) return;
  throw new ValidationError({
    ...(target.collection ? { collection: target.collection } : {}),
    ...(target.global ? { global: target.global } : {}),
    errors: problems.map((problem) => ({ path: problem.field, message: problem.message })),
    req: target.req,
  });
}
