// Hostile input from the public: 100,000 generated texts (random Unicode with astral characters and
// combining marks, long runs, nested lookalikes, zero-width floods, 100 KB texts) checked against the
// starter bundle with the input limit raised to its maximum. No exception; every span lies inside the
// text with start < end. Many short inputs and a few long ones keep the run near a minute.
import fc from 'fast-check';
import type { CheckResult } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { compileBundle } from './validate-bundle.js';
import { hostileText, longHostileText } from './test-support/hostile-text.js';
import { starterBundle } from './test-support/bundles.js';

const starter = starterBundle() as { settings: Record<string, unknown> };
const checker = compileBundle({ ...starter, settings: { ...starter.settings, inputLimit: 100_000 } });

function spansProblem(text: string, result: CheckResult): string | null {
  const spans = [...result.findings.flatMap((f) => f.spans), ...result.entities.map((e) => e.span)];
  for (const span of spans) {
    if (
      !(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= text.length)
    ) {
      return `span ${JSON.stringify(span)} outside a text of ${text.length} code units`;
    }
  }
  return null;
}

describe('the checker on hostile public input', () => {
  it('never throws and keeps every span inside the text, over 99,980 short generated texts', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const result = checker.check(text);
        expect(spansProblem(text, result)).toBeNull();
        // The cut never splits a surrogate pair, so it may stop one code unit short of the limit.
        expect(result.checkedLength).toBeGreaterThanOrEqual(Math.min(text.length, 99_999));
        expect(result.checkedLength).toBeLessThanOrEqual(Math.min(text.length, 100_000));
      }),
      { numRuns: 99_980, seed: 20261125 },
    );
  }, 120_000);

  it('never throws and keeps every span inside the text, over 20 texts of about 100 KB', () => {
    fc.assert(
      fc.property(longHostileText(), (text) => {
        expect(text.length).toBeGreaterThanOrEqual(100_000);
        const result = checker.check(text);
        expect(spansProblem(text, result)).toBeNull();
        expect([99_999, 100_000]).toContain(result.checkedLength);
        expect(result.truncated).toBe(text.length > 100_000);
      }),
      { numRuns: 20, seed: 20261126 },
    );
  }, 120_000);

  it('reports a span outside the text as a problem (the property above can fail)', () => {
    const result: CheckResult = {
      level: 'none',
      score: 0,
      findings: [],
      entities: [{ type: 'money', text: 'x', value: 'x', span: { start: 3, end: 9 } }],
      truncated: false,
      checkedLength: 5,
    } as unknown as CheckResult;
    expect(spansProblem('hello', result)).toBe('span {"start":3,"end":9} outside a text of 5 code units');
  });
});
