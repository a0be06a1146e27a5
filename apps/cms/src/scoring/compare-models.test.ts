import type { ModelFigures } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { compareOnTestPart } from './compare-models.js';

/** 200 scams and 100 harmless messages, as many flagged and high as given. */
const figures = (scamsFlagged: number, scamsHigh: number, harmlessFlagged: number, harmlessHigh: number): ModelFigures => ({
  scams: { total: 200, flagged: scamsFlagged, high: scamsHigh },
  harmless: { total: 100, flagged: harmlessFlagged, high: harmlessHigh },
});

const live = figures(180, 150, 3, 0);

describe('compareOnTestPart', () => {
  it('lets through a candidate as good or better', () => {
    expect(compareOnTestPart(live, live)).toEqual({ worse: false, reasons: [] });
    expect(compareOnTestPart(live, figures(190, 160, 2, 0))).toEqual({ worse: false, reasons: [] });
  });

  it('allows one point less on scams and one point more harmless flagged, and no more', () => {
    expect(compareOnTestPart(live, figures(178, 148, 4, 0)).worse).toBe(false);
    expect(compareOnTestPart(live, figures(177, 150, 3, 0)).reasons).toEqual([
      "scams flagged: 88.5% (177 of 200) against the live model's 90.0% (180 of 200); more than 1 point lower",
    ]);
    expect(compareOnTestPart(live, figures(180, 147, 3, 0)).reasons).toEqual([
      "scams read high: 73.5% (147 of 200) against the live model's 75.0% (150 of 200); more than 1 point lower",
    ]);
    expect(compareOnTestPart(live, figures(180, 150, 5, 0)).reasons).toEqual([
      "harmless messages flagged: 5.0% (5 of 100) against the live model's 3.0% (3 of 100); more than 1 point higher",
    ]);
  });

  it('refuses any harmless message more read high, even with every other figure better', () => {
    expect(compareOnTestPart(live, figures(200, 200, 0, 1))).toEqual({
      worse: true,
      reasons: ["harmless messages read high: 1.0% (1 of 100) against the live model's 0.0% (0 of 100); any more is refused"],
    });
  });

  it('gives every reason at once', () => {
    expect(compareOnTestPart(live, figures(100, 50, 20, 5)).reasons.map((reason) => reason.split(':')[0])).toEqual([
      'scams flagged',
      'scams read high',
      'harmless messages flagged',
      'harmless messages read high',
    ]);
  });

  it('has nothing to compare on an empty test part', () => {
    const empty = figures(0, 0, 0, 0);
    const none: ModelFigures = { scams: { total: 0, flagged: 0, high: 0 }, harmless: { total: 0, flagged: 0, high: 0 } };
    expect(compareOnTestPart(none, none)).toEqual({ worse: false, reasons: [] });
    expect(compareOnTestPart(empty, empty).worse).toBe(false);
  });
});
