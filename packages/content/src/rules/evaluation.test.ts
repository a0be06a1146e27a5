// Keeps the launch rules' accuracy on the corpus's test part from sliding back. The learned scorer is trained on
// the train part and the team's written messages (as the CMS does on first start) and read on the test part, which no rule or model was tuned on.
// `npm run eval` prints the same figures with intervals, per kind and per channel.
import { readCorpus, readWrittenMessages } from '@redflags/corpus';
import { parseHost } from '@redflags/engine';
import { trainScorer } from '@redflags/engine/learn';
import { RuleBundle } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { buildLaunchBundle, readLaunchContent } from '../index.js';

/**
 * An alarm for a real slide, set about three points (five messages) under the test-part figures of 2026-12-03
 * (93.2 % flagged, 80.7 % high, which meet the targets of 92 % and 80 %): one message is 0.6 % of this
 * part, so a floor at the figure itself trips on any change, and changes to rules and scorer are chosen on
 * cross-validation and on written genuine service messages, never on this part.
 */
const FLOORS = { scamsFlagged: 0.9, scamsHigh: 0.77 };
/** The false-alarm targets: a genuine message read as high is the worst error the checker can make. */
const HARMLESS = { flagged: 0.05, high: 0.01 };

describe('the launch rules with the learned scorer, on the corpus test part', { timeout: 120_000 }, () => {
  const { model } = trainScorer(RuleBundle.parse(buildLaunchBundle(readLaunchContent())), [...readCorpus(), ...readWrittenMessages()], {
    parseHost,
  });
  const test = model.figures.test!;

  it('does not fall below the test-part figures reached so far', () => {
    expect(test.scams.flagged / test.scams.total).toBeGreaterThanOrEqual(FLOORS.scamsFlagged);
    expect(test.scams.high / test.scams.total).toBeGreaterThanOrEqual(FLOORS.scamsHigh);
  });

  it('stays within the false-alarm targets: harmless flagged ≤ 5%, harmless high ≤ 1%', () => {
    expect(test.harmless.flagged / test.harmless.total).toBeLessThanOrEqual(HARMLESS.flagged);
    expect(test.harmless.high / test.harmless.total).toBeLessThanOrEqual(HARMLESS.high);
  });
});
