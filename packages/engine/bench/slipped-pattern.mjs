// A rule whose pattern can backtrack catastrophically, built with createChecker (no pattern checks,
// as the browser does for a bundle validated at build time), checked once on a hostile 10 KB text.
// Prints the milliseconds the check took. Run by hostile.mjs in a child process with a time limit,
// once per engine: `node slipped-pattern.mjs regexp` (the default, V8's backtracking RegExp) or
// `node slipped-pattern.mjs linear` (re2js, `@redflags/engine/linear-patterns`).
import { RuleBundle } from '@redflags/schema';
import { createChecker } from '../dist/index.js';
import { compileLinearPattern } from '../dist/linear-patterns.js';

const bundle = RuleBundle.parse({
  formatVersion: 1,
  generatedAt: '2026-11-25T10:00:00.000Z',
  rules: [{ id: 'slipped', title: 'Slipped', explanation: 'A pattern validation would refuse.', severity: 'moderate', scored: true, kinds: [], guides: [], match: { phrases: [], patterns: [{ regex: 'aaa(a+)+$', literal: 'aaa' }], links: [], phones: [], entities: [] }, examples: { mustMatch: [], mustNotMatch: [] } }],
  brands: [],
  settings: { thresholds: { caution: 2, high: 6 }, weights: { strong: 4, moderate: 2, weak: 1 }, inputLimit: 10_000 },
});
const checker = createChecker(bundle, process.argv[2] === 'linear' ? { compilePattern: compileLinearPattern } : {});
const text = ('a'.repeat(40) + '!').repeat(250);
const started = performance.now();
checker.check(text);
console.log(performance.now() - started);
