// The accuracy /about publishes: the live learned model's figures on the corpus's test part (messages
// never trained or tuned on), read from the published bundle, each with its 95 % interval.
import { wilsonInterval } from '@redflags/engine/learn';
import type { LevelTally, ScoringModel } from '@redflags/schema';

export interface Measured {
  count: number;
  total: number;
  /** "91.9%" */
  percent: string;
  /** "87–95%": the 95 % (Wilson) interval. */
  interval: string;
}

export interface FigureRow {
  messages: 'Scams' | 'Harmless messages';
  flagged: Measured;
  high: Measured;
}

export interface PublishedFigures {
  /** "2 December 2026" */
  trainedOn: string;
  scams: number;
  harmless: number;
  rows: FigureRow[];
}

/**
 * The test-part figures of `model`, or undefined when there is no model or it has no test part.
 * @example publishedFigures(bundle.model)?.rows[0].flagged.percent // "91.9%"
 */
export function publishedFigures(model: ScoringModel | undefined): PublishedFigures | undefined {
  const test = model?.figures.test;
  if (!model || !test || test.scams.total + test.harmless.total === 0) return undefined;
  return {
    trainedOn: new Date(model.trainedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    scams: test.scams.total,
    harmless: test.harmless.total,
    rows: [row('Scams', test.scams), row('Harmless messages', test.harmless)],
  };
}

function row(messages: FigureRow['messages'], tally: LevelTally): FigureRow {
  return { messages, flagged: measured(tally.flagged, tally.total), high: measured(tally.high, tally.total) };
}

/**
 * A count out of a total with its share and interval.
 * @example measured(148, 161) // { count: 148, total: 161, percent: '91.9%', interval: '87–95%' }
 */
export function measured(count: number, total: number): Measured {
  const { low, high } = wilsonInterval(count, total);
  return {
    count,
    total,
    percent: total === 0 ? '–' : `${((count / total) * 100).toFixed(1)}%`,
    interval: `${Math.round(low * 100)}–${Math.round(high * 100)}%`,
  };
}
