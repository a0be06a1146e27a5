// Keeps the launch rules' accuracy on the corpus's test part from sliding back. The learned scorer is trained on
// the train part (as the CMS does on first start) and read on the test part, which no rule or model was tuned on.
// `npm run eval` prints the same figures with intervals, per kind and per channel.
import { readCorpus } from '@redflags/corpus';
import { parseHost } from '@redflags/engine';
import { trainScorer } from '@redflags/engine/learn';
import { RuleBundle } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { buildSeedBundle } from '../../seed-bundle.js';
import { launchContent } from '../index.js';

/** Test-part figures reached so far (2026-12-02), rounded down: raise them as the rules improve, never lower them. */
const FLOORS = { scamsFlagged: 0.9, scamsHigh: 0.6 };
/** The false-alarm targets: a genuine message read as high is the worst error the checker can make. */
const HARMLESS = { flagged: 0.05, high: 0.01 };

describe('the launch rules with the learned scorer, on the corpus test part', { timeout: 120_000 }, () => {
  const { model } = trainScorer(RuleBundle.parse(buildSeedBundle(launchContent)), readCorpus(), { parseHost });
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
