// `redflags validate FILE`: every problem of a bundle, its examples included.
import { formatProblem } from '../problems.js';
import { validateBundle } from '../validate-bundle.js';
import { recheckPattern } from '../validate-thorough.js';
import { readJsonFile, UsageError } from './files.js';

export const VALIDATE_HELP = `redflags validate FILE

Checks a rule bundle: the schema, every pattern (compiles, no catastrophic
backtracking (recheck's analysis), contains its literal), combinations (known rules, no loops) and
every rule's mustMatch / mustNotMatch examples. Exits 1 listing every problem.`;

export function runValidate(path: string | undefined, write: (line: string) => void): number {
  if (path === undefined) throw new UsageError('missing FILE: give the bundle to validate, e.g. `redflags validate bundle.json`');
  const input = readJsonFile(path, 'bundle');
  const { ok, problems } = validateBundle(input, { thoroughPatternCheck: recheckPattern });
  if (ok) {
    const rules = (input as { rules: unknown[] }).rules.length;
    write(`${path}: ${rules} rules, no problems`);
    return 0;
  }
  write(`${path}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const problem of problems) write(`- ${formatProblem(problem)}`);
  return 1;
}
