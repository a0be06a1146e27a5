// Catastrophic patterns that slipped past validation, built straight into checkers with createChecker
// (no validation, as the browser does with a bundle validated at build time), each checked on a hostile
// 10 KB text made of its literal and runs of the characters it backtracks on. Also the widest shapes
// validation accepts (one wide quantifier) on the same kind of text. Prints one JSON line of
// milliseconds. Run by hostile.mjs in a child process with a time limit, once per engine:
// `node slipped-pattern.mjs regexp` (the default: RegExp, with risky patterns disabled) or
// `node slipped-pattern.mjs linear` (risky patterns on re2js, `compileRiskyPattern: compileLinearPattern`).
import { RuleBundle } from '@redflags/schema';
import { createChecker } from '../dist/index.js';
import { compileLinearPattern } from '../dist/linear-patterns.js';
import { CATASTROPHIC_PATTERNS } from '../src/test-support/catastrophic-patterns.ts';

/** The widest shapes validation accepts: one wide quantifier, bounded gaps. */
const ACCEPTED_SHAPES = [
  { id: 'wide-prefix', regex: '[a-z ]*bar[a-z ]{0,30}x', literal: 'bar' },
  { id: 'word-run', regex: '\\w+bar\\w{0,30}x', literal: 'bar' },
  { id: 'dot-star', regex: 'bar.*x', literal: 'bar' },
  { id: 'gap', regex: 'bar[^.!?\\n]{0,60}\\bx', literal: 'bar' },
];

const options = process.argv[2] === 'linear' ? { compileRiskyPattern: compileLinearPattern } : {};

function checkerFor({ id, regex, literal }) {
  return createChecker(
    RuleBundle.parse({
      formatVersion: 1,
      generatedAt: '2026-11-25T10:00:00.000Z',
      rules: [
        {
          id,
          title: 'Slipped',
          explanation: 'A pattern validation would refuse.',
          severity: 'moderate',
          match: { patterns: [{ regex, literal }] },
        },
      ],
      brands: [],
      settings: { thresholds: { caution: 2, high: 6 }, inputLimit: 10_000 },
    }),
    options,
  );
}

/** 10 KB of the literal followed by long runs of what the pattern's repeats match. */
function hostileText(literal) {
  return `${literal}${'a'.repeat(60)}${literal} ${'a '.repeat(30)}`.repeat(80).slice(0, 10_000);
}

function worst(patterns) {
  let result = { id: '', ms: 0, disabled: 0 };
  for (const pattern of patterns) {
    const checker = checkerFor(pattern);
    const text = hostileText(pattern.literal);
    checker.check(text.slice(0, 100)); // compile and warm up outside the timing
    const started = performance.now();
    checker.check(text);
    const ms = performance.now() - started;
    if (checker.disabledPatterns.length > 0) result.disabled += 1;
    if (ms > result.ms) result = { ...result, id: pattern.id, ms };
  }
  return { ...result, ms: Math.round(result.ms * 100) / 100 };
}

const refused = worst(CATASTROPHIC_PATTERNS);
const accepted = worst(ACCEPTED_SHAPES);
console.log(
  JSON.stringify({
    catastrophic_patterns: CATASTROPHIC_PATTERNS.length,
    catastrophic_disabled: refused.disabled,
    catastrophic_worst_ms: refused.ms,
    catastrophic_worst: refused.id,
    accepted_shapes: ACCEPTED_SHAPES.length,
    accepted_worst_ms: accepted.ms,
    accepted_worst: accepted.id,
  }),
);
