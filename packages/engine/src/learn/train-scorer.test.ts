import { RuleBundle, ScoringModel } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../create-checker.js';
import { parseHost } from '../parse-host.js';
import { bundleOf, ruleWith } from '../test-support/bundles.js';
import { learningMessages } from '../test-support/learning-messages.js';
import { trainScorer } from './train-scorer.js';

const bundle = RuleBundle.parse(
  bundleOf([
    ruleWith('verify-now', { phrases: ['verify your'] }, { severity: 'strong' }),
    ruleWith('claim-prize', { phrases: ['claim it'] }, { severity: 'moderate' }),
    ruleWith('never-fires', { phrases: ['zebra crossing'] }, { severity: 'weak' }),
  ]),
);
const now = new Date('2026-12-02T12:00:00.000Z');

describe('trainScorer', () => {
  const messages = learningMessages();
  const trained = trainScorer(bundle, messages, { parseHost, now, bits: 10, folds: 4 });

  it('writes a model the schema accepts, with a weight for every scored rule', () => {
    expect(ScoringModel.parse(trained.model)).toEqual(trained.model);
    expect(Object.keys(trained.model.ruleWeights).sort()).toEqual(['claim-prize', 'never-fires', 'verify-now']);
    expect(trained.model.ruleWeights['never-fires']).toBe(0.5);
    expect(trained.model.trainedAt).toBe('2026-12-02T12:00:00.000Z');
  });

  it('counts the train part, cross-validation and the test part apart', () => {
    const { train, crossValidated, test } = trained.model.figures;
    expect(train.scams.total + train.harmless.total).toBe(32);
    expect(crossValidated.scams.total + crossValidated.harmless.total).toBe(32);
    expect(test).toMatchObject({ scams: { total: 4 }, harmless: { total: 4 } });
    expect(trained.crossValidatedLevels.size).toBe(32);
  });

  it('learns the set: every test scam flagged, no genuine test message high and at most one of four flagged', () => {
    expect(trained.model.figures.test).toMatchObject({ scams: { flagged: 4 }, harmless: { high: 0 } });
    expect(trained.model.figures.test!.harmless.flagged).toBeLessThanOrEqual(1);
  });

  it('reports the figures the published checker gives', () => {
    const checker = createChecker({ ...bundle, model: trained.model });
    const test = messages.filter((m) => m.part === 'test');
    const flagged = test.filter((m) => m.label === 'scam' && checker.check(m.text).level !== 'none').length;
    const high = test.filter((m) => m.label === 'scam' && checker.check(m.text).level === 'high').length;
    expect(trained.model.figures.test?.scams).toEqual({ total: 4, flagged, high });
  });

  it('keeps cross-validated genuine messages under the caution threshold, as many as the share allows', () => {
    const flaggedGenuine = messages.filter(
      (m) => m.label === 'legit' && m.part === 'train' && trained.crossValidatedLevels.get(m.id) !== 'none',
    );
    expect(flaggedGenuine.length).toBeLessThanOrEqual(Math.floor(0.03 * 16));
  });

  it('gives the same model for the same rules and messages', () => {
    expect(trainScorer(bundle, messages, { parseHost, now, bits: 10, folds: 4 }).model).toEqual(trained.model);
  });

  it('learns from learn-only messages without counting them anywhere', () => {
    const written = [
      { id: 'w1', text: 'Your parcel is at the post office, bring ID', label: 'legit' as const, part: 'train' as const, learnOnly: true },
    ];
    const withWritten = trainScorer(bundle, [...messages, ...written], { parseHost, now, bits: 10, folds: 4 });
    expect(withWritten.model.figures.train.harmless.total).toBe(16);
    expect(withWritten.crossValidatedLevels.has('w1')).toBe(false);
    expect(withWritten.model.text.weights).not.toBe(trained.model.text.weights);
  });
});
