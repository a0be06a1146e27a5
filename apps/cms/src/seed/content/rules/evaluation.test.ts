// Keeps the launch rules' accuracy on the held-out (even-numbered) half of the development corpus from
// sliding back. The rules were tuned on the odd half only. The figures the site shows come from
//   npx tsx apps/cms/src/seed/write-seed-bundle.ts /tmp/seed-bundle.json
//   npm run eval -w @redflags/engine -- --bundle /tmp/seed-bundle.json --ids even --summary-out apps/cms/src/seed/content/rules/evaluation.even.json
// (and the same with --ids odd), run from the repository root.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileBundle } from '@redflags/engine';
import { LabelledMessage } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { buildSeedBundle } from '../../seed-bundle.js';
import { launchContent } from '../index.js';

/**
 * Even-half figures reached so far (2026-11-25: scams flagged 91/98, high 78/98), rounded down.
 * Both of the targets, 92% flagged and 75% high, are reached and asserted below;
 * raise these floors as the rules improve, never lower them.
 */
const FLOORS = { scamsFlagged: 0.92, scamsHigh: 0.79 };
/** The target for scams flagged (caution or high) on the held-out half. */
const FLAGGED_TARGET = 0.92;
/** The target for scams rated high on the held-out half. */
const HIGH_TARGET = 0.75;

/** The corpus beside the repository, as the engine's eval finds it (REDFLAGS_CORPUS overrides). */
const corpusFile = process.env.REDFLAGS_CORPUS ?? fileURLToPath(new URL('../../../../../../../shared/corpus/messages.jsonl', import.meta.url));

function readHalf(half: 'odd' | 'even') {
  if (!existsSync(corpusFile)) throw new Error(`corpus ${corpusFile} is missing; set REDFLAGS_CORPUS to the messages.jsonl file`);
  return readFileSync(corpusFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => LabelledMessage.parse(JSON.parse(line)))
    .filter((message) => (Number(message.id.slice(1)) % 2 === 1) === (half === 'odd'));
}

function measure(half: 'odd' | 'even') {
  const checker = compileBundle(buildSeedBundle(launchContent));
  const tally = { scams: 0, scamsFlagged: 0, scamsHigh: 0, harmless: 0, harmlessFlagged: 0, harmlessHigh: 0 };
  for (const message of readHalf(half)) {
    const level = checker.check(message.text).level;
    if (message.label === 'scam') {
      tally.scams += 1;
      if (level !== 'none') tally.scamsFlagged += 1;
      if (level === 'high') tally.scamsHigh += 1;
    } else {
      tally.harmless += 1;
      if (level !== 'none') tally.harmlessFlagged += 1;
      if (level === 'high') tally.harmlessHigh += 1;
    }
  }
  return {
    scamsFlagged: tally.scamsFlagged / tally.scams,
    scamsHigh: tally.scamsHigh / tally.scams,
    harmlessFlagged: tally.harmlessFlagged / tally.harmless,
    harmlessHigh: tally.harmlessHigh / tally.harmless,
  };
}

describe('launch rules on the held-out even half of the corpus', () => {
  const figures = measure('even');

  it('does not fall below the even-half figures reached so far', () => {
    expect(figures.scamsFlagged).toBeGreaterThanOrEqual(FLOORS.scamsFlagged);
    expect(figures.scamsHigh).toBeGreaterThanOrEqual(FLOORS.scamsHigh);
  });

  it('flags at least 92% of held-out scams and rates at least 75% high, the issue\'s targets', () => {
    expect(figures.scamsFlagged).toBeGreaterThanOrEqual(FLAGGED_TARGET);
    expect(figures.scamsHigh).toBeGreaterThanOrEqual(HIGH_TARGET);
  });

  it('stays within the false-alarm targets: harmless flagged ≤ 8%, harmless high ≤ 1%', () => {
    expect(figures.harmlessFlagged).toBeLessThanOrEqual(0.08);
    expect(figures.harmlessHigh).toBeLessThanOrEqual(0.01);
  });
});
