// A model's figures as a few lines of text, for the CLI and logs.
import type { ModelFigures, ScoringModel } from '@redflags/schema';
import { wilsonInterval } from './wilson-interval.js';

/**
 * One line per measured part.
 * @example formatFigures(model) // "cross-validated  scams flagged 92.0% [89–95] …"
 */
export function formatFigures(model: Pick<ScoringModel, 'figures'>): string {
  const parts: Array<[string, ModelFigures | undefined]> = [
    ['train', model.figures.train],
    ['cross-validated', model.figures.crossValidated],
    ['test', model.figures.test],
  ];
  return parts
    .filter((entry): entry is [string, ModelFigures] => entry[1] !== undefined)
    .map(
      ([name, f]) =>
        `${name.padEnd(16)} scams flagged ${share(f.scams.flagged, f.scams.total)}, high ${share(f.scams.high, f.scams.total)}; harmless flagged ${share(f.harmless.flagged, f.harmless.total)}, high ${share(f.harmless.high, f.harmless.total)}`,
    )
    .join('\n');
}

/** "91.3% [86–95]": a share and its 95 % interval. */
export function share(part: number, whole: number): string {
  if (whole === 0) return 'n/a';
  const { low, high } = wilsonInterval(part, whole);
  return `${((part / whole) * 100).toFixed(1)}% [${(low * 100).toFixed(0)}–${(high * 100).toFixed(0)}]`;
}
