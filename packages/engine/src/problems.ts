// The problems a bundle or a rule can have, and the error that lists them.

/** One thing wrong with a bundle or a rule, naming the rule, the field and what to do. */
export interface Problem {
  /** The rule the problem is in; absent for problems of the bundle as a whole. */
  ruleId?: string;
  /** Dotted path inside the rule (`match.patterns.0.regex`), or inside the bundle when there is no rule. */
  field: string;
  message: string;
  /** The example message involved, for example problems. */
  example?: string;
}

/**
 * One line per problem: "rule 'gift-card-payment' › match.patterns.0.regex: pattern `(a+)+$` can backtrack…".
 * @example formatProblem({ ruleId: 'x', field: 'title', message: 'must not be empty' }) // "rule 'x' › title: must not be empty"
 */
export function formatProblem(problem: Problem): string {
  const subject = problem.ruleId === undefined ? 'bundle' : `rule '${problem.ruleId}'`;
  return `${subject} › ${problem.field}: ${problem.message}`;
}

/** Thrown by `compileBundle` when a bundle has problems; its message lists every one. */
export class BundleError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`the rule bundle has ${count}:\n${problems.map((p) => `- ${formatProblem(p)}`).join('\n')}`);
    this.name = 'BundleError';
    this.problems = problems;
  }
}
