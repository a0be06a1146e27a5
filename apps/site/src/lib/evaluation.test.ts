import { describe, expect, it } from 'vitest';
import { parseEvaluation, share } from './evaluation.js';

const summary = {
  date: '2026-11-25',
  corpus: { size: 176, half: 'even' },
  rules: 31,
  scams: { total: 100, flagged: 88, high: 70 },
  harmless: { total: 76, flagged: 3, high: 0 },
  scamsByKind: {},
};

describe('parseEvaluation', () => {
  it('reads the engine’s summary, keeping fields it does not show', () => {
    const read = parseEvaluation(summary);
    expect(read).toEqual({ evaluation: summary });
  });

  it('says the file is missing and how to make it', () => {
    expect(parseEvaluation(undefined)).toEqual({ problem: 'src/data/evaluation.json is missing; run `npm run eval:about -w @redflags/site`' });
  });

  it('names the field that is not as expected', () => {
    expect(parseEvaluation({ ...summary, scams: { total: 100, flagged: 'many', high: 70 } })).toEqual({
      problem: 'src/data/evaluation.json: scams.flagged: Invalid input: expected number, received string',
    });
  });
});

describe('share', () => {
  it('gives the count and the rounded percentage', () => {
    expect(share(41, 50)).toBe('41 of 50 (82%)');
    expect(share(2, 3)).toBe('2 of 3 (67%)');
    expect(share(0, 0)).toBe('0 of 0');
  });
});
