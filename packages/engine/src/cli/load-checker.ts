// Loads and compiles a bundle for a CLI command, turning bundle problems into advice.
import { BundleError } from '../problems.js';
import { compileBundle } from '../validate-bundle.js';
import type { RuleBundle } from '@redflags/schema';
import type { Checker } from '../checker.js';
import { readJsonFile, UsageError } from './files.js';

export function loadChecker(path: string | undefined): Checker<RuleBundle> {
  if (path === undefined)
    throw new UsageError(
      'missing --bundle FILE: give the rule bundle to check against (e.g. --bundle packages/engine/fixtures/starter-bundle.json)',
    );
  try {
    return compileBundle(readJsonFile(path, 'bundle'));
  } catch (error) {
    if (error instanceof BundleError)
      throw new UsageError(`${error.message}\nrun \`redflags validate ${path}\` for the full list, fix the rules, then try again`);
    throw error;
  }
}
