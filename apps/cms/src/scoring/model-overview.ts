// What the admin shows about the learned models: the live one and the candidate, each with its
// cross-validated figures from training, its reading of the test part now (same messages, rules as
// published), whether the rules changed since it was trained, and whether the candidate may be published.
import type { ModelFigures, RuleBundle } from '@redflags/schema';
import type { TrainingMessage } from '@redflags/engine/learn';
import type { Payload } from 'payload';
import { buildRuleBundle } from '../publishing/build-site-content.js';
import { compareOnTestPart, TEST_PART_TOLERANCE, type Comparison } from './compare-models.js';
import { loadTrainingMessages } from './load-training-messages.js';
import { measureOnTestPart } from './measure-model.js';
import { compareFingerprints, fingerprintRules, type RulesChange } from './rules-fingerprint.js';
import { findModel, type ScoringModelDocument } from './scoring-model-document.js';

export interface ModelSummary {
  id: string | number;
  title: string;
  trainedAt: string;
  trainedOn: string;
  trainedBy: string;
  trainingSeconds: number;
  publishedAt: string | null;
  publishedBy: string | null;
  /** Cross-validated on the train part, and the test part as measured when it was trained. */
  figures: { crossValidated: ModelFigures; testWhenTrained: ModelFigures | null };
  /** The test part read now, with the rules as published now; null when not measured (`measure: false`). */
  testNow: ModelFigures | null;
  /** How the published rules differ from those it was trained with; null when they are the same. */
  rulesChanged: RulesChange | null;
}

export interface ModelOverview {
  live: ModelSummary | null;
  candidate: ModelSummary | null;
  /** The candidate against the live model on the test part now; null unless both are there and measured. */
  comparison: Comparison | null;
  testPart: { scams: number; harmless: number };
  tolerance: typeof TEST_PART_TOLERANCE;
}

/**
 * Reads both models and, unless `measure` is false (the dashboard: it shows the figures from training and
 * spares the server the second of reading), measures them on the current test part.
 */
export async function modelOverview(payload: Payload, { measure = true }: { measure?: boolean } = {}): Promise<ModelOverview> {
  const [{ bundle }, { messages }, live, candidate] = await Promise.all([
    buildRuleBundle(payload),
    loadTrainingMessages(payload),
    findModel(payload, 'live'),
    findModel(payload, 'candidate'),
  ]);
  const rules: RuleBundle = { ...bundle, model: undefined };
  const liveSummary = live ? summarise(live, rules, measure ? messages : null) : null;
  const candidateSummary = candidate ? summarise(candidate, rules, measure ? messages : null) : null;
  const test = messages.filter((m) => m.part === 'test');
  return {
    live: liveSummary,
    candidate: candidateSummary,
    comparison: liveSummary?.testNow && candidateSummary?.testNow ? compareOnTestPart(liveSummary.testNow, candidateSummary.testNow) : null,
    testPart: { scams: test.filter((m) => m.label === 'scam').length, harmless: test.filter((m) => m.label !== 'scam').length },
    tolerance: TEST_PART_TOLERANCE,
  };
}

function summarise(doc: ScoringModelDocument, rules: RuleBundle, messages: readonly TrainingMessage[] | null): ModelSummary {
  return {
    id: doc.id,
    title: doc.title,
    trainedAt: doc.trainedAt,
    trainedOn: doc.trainedOn,
    trainedBy: doc.trainedBy,
    trainingSeconds: doc.trainingSeconds,
    publishedAt: doc.publishedAt ?? null,
    publishedBy: doc.publishedBy ?? null,
    figures: { crossValidated: doc.model.figures.crossValidated, testWhenTrained: doc.model.figures.test ?? null },
    testNow: messages ? measureOnTestPart(rules, doc.model, messages) : null,
    rulesChanged: compareFingerprints(doc.rulesTrainedWith, fingerprintRules(rules)),
  };
}
