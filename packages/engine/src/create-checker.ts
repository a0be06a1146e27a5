// `createChecker` with the Public Suffix List already in: for Node, the CMS and the tests.
// The browser entry's `createBrowserChecker` takes it as `options.parseHost` instead.
import type { BrowserRuleBundle } from '@redflags/schema';
import { createBrowserChecker, type Checker, type CheckerOptions } from './checker.js';
import { parseHost } from './parse-host.js';

/** Checker options where the host parser defaults to tldts's. */
export type CheckerSetup = Partial<CheckerOptions>;

/**
 * Builds a checker from an already validated bundle (see `createBrowserChecker` in checker.ts).
 * @example createChecker(bundle).check('Running 10 min late').level // "none"
 */
export function createChecker<Bundle extends BrowserRuleBundle>(bundle: Bundle, options: CheckerSetup = {}): Checker<Bundle> {
  return createBrowserChecker(bundle, { ...options, parseHost: options.parseHost ?? parseHost });
}
