// When a candidate model is worse than the live one on the test part, and so may not be published.
// Both are read on the same test-part messages with the rules as published now (measure-model.ts).
import type { LevelTally, ModelFigures } from '@redflags/schema';

/**
 * How far a candidate may fall behind the live model on the test part, as a share of the messages:
 * one point on scams flagged, scams high and harmless flagged (a trade of a message or two when the rules
 * change), and none on harmless messages read high, the worst error the checker can make.
 */
export const TEST_PART_TOLERANCE = { scamsFlagged: 0.01, scamsHigh: 0.01, harmlessFlagged: 0.01, harmlessHigh: 0 } as const;

export interface Comparison {
  worse: boolean;
  /** One sentence per figure that is worse beyond its tolerance. */
  reasons: string[];
}

interface Measure {
  name: string;
  tally: (figures: ModelFigures) => LevelTally;
  count: 'flagged' | 'high';
  /** Scams: higher is better; harmless: lower is better. */
  better: 'higher' | 'lower';
  tolerance: number;
}

const MEASURES: Measure[] = [
  { name: 'scams flagged', tally: (f) => f.scams, count: 'flagged', better: 'higher', tolerance: TEST_PART_TOLERANCE.scamsFlagged },
  { name: 'scams read high', tally: (f) => f.scams, count: 'high', better: 'higher', tolerance: TEST_PART_TOLERANCE.scamsHigh },
  {
    name: 'harmless messages flagged',
    tally: (f) => f.harmless,
    count: 'flagged',
    better: 'lower',
    tolerance: TEST_PART_TOLERANCE.harmlessFlagged,
  },
  {
    name: 'harmless messages read high',
    tally: (f) => f.harmless,
    count: 'high',
    better: 'lower',
    tolerance: TEST_PART_TOLERANCE.harmlessHigh,
  },
];

const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;

/**
 * Whether `candidate` is worse than `live` on the test part beyond the tolerances.
 * @example compareOnTestPart(live, candidate).reasons // ["scams flagged: 85.0% (136 of 160) against the live model's 88.1% (141 of 160); more than 1 point lower"]
 */
export function compareOnTestPart(live: ModelFigures, candidate: ModelFigures): Comparison {
  const reasons = MEASURES.flatMap((measure) => {
    const was = measure.tally(live);
    const now = measure.tally(candidate);
    if (was.total === 0 || now.total === 0) return [];
    const drop =
      measure.better === 'higher'
        ? was[measure.count] / was.total - now[measure.count] / now.total
        : now[measure.count] / now.total - was[measure.count] / was.total;
    // A hair above the tolerance, so a drop of exactly one point is allowed whatever the float rounding.
    if (drop <= measure.tolerance + 1e-9) return [];
    const limit =
      measure.tolerance === 0
        ? 'any more is refused'
        : `more than ${measure.tolerance * 100} point ${measure.better === 'higher' ? 'lower' : 'higher'}`;
    return [
      `${measure.name}: ${percent(now[measure.count], now.total)} (${now[measure.count]} of ${now.total}) against the live model's ` +
        `${percent(was[measure.count], was.total)} (${was[measure.count]} of ${was.total}); ${limit}`,
    ];
  });
  return { worse: reasons.length > 0, reasons };
}
