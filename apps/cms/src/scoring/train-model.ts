// Trains the learned scorer in the CMS: on the rules as published and every test message (train part
// learned from, test part only measured), off the request thread, and stores it in `scoring-models` as
// a candidate (an editor's retrain) or straight as the live model (the first start, when there is none).
import type { ScoringModel } from '@redflags/schema';
import type { Payload, PayloadRequest } from 'payload';
import { buildRuleBundle } from '../publishing/build-site-content.js';
import { loadTrainingMessages } from './load-training-messages.js';
import { fingerprintRules } from './rules-fingerprint.js';
import { SCORING_MODELS, type ScoringModelDocument } from './scoring-model-document.js';
import { trainOffThread } from './train-off-thread.js';

export interface TrainModelOptions {
  status: 'candidate' | 'live';
  /** Who asked: an editor's email, or "first start". */
  trainedBy: string;
  req?: PayloadRequest;
  /** First start: the site is built after the CMS starts anyway. */
  skipSiteRebuild?: boolean;
}

/** Nothing to learn from: the train part lacks scams or harmless messages. */
export class NothingToLearnError extends Error {
  override name = 'NothingToLearnError';
}

/**
 * Trains a model (in a worker thread: seconds of CPU work) and stores it; a new candidate replaces the
 * previous one. Throws NothingToLearnError when the train part has no scam or no harmless message.
 */
export async function trainModel(payload: Payload, options: TrainModelOptions): Promise<ScoringModelDocument> {
  const { bundle, leftOut } = await buildRuleBundle(payload);
  for (const line of leftOut) payload.logger.warn(`left out of the model's training (not published as it is): ${line}`);
  const { messages, description } = await loadTrainingMessages(payload);
  // The editors' own train part: the team's written messages alone (learn-only) are no training set.
  const train = messages.filter((m) => m.part !== 'test' && m.learnOnly !== true);
  if (!train.some((m) => m.label === 'scam') || !train.some((m) => m.label !== 'scam')) {
    throw new NothingToLearnError(
      `the train part of the test messages has ${train.filter((m) => m.label === 'scam').length} scams and ${train.filter((m) => m.label !== 'scam').length} harmless messages; ` +
        'a model needs both: add test messages (or import the corpus: npm run import:messages -w @redflags/cms -- --corpus)',
    );
  }
  const { model, seconds } = await trainOffThread(bundle, messages, description);
  const trainingSeconds = Math.round(seconds * 10) / 10;
  const common = {
    overrideAccess: true,
    ...(options.req ? { req: options.req } : {}),
    ...(options.skipSiteRebuild ? { context: { skipSiteRebuild: true } } : {}),
  } as const;
  if (options.status === 'candidate') {
    await payload.delete({ collection: SCORING_MODELS, where: { status: { equals: 'candidate' } }, ...common });
  }
  const created = await payload.create({
    collection: SCORING_MODELS,
    data: {
      title: titleOf(model),
      status: options.status,
      trainedAt: model.trainedAt,
      trainedOn: model.trainedOn,
      trainedBy: options.trainedBy,
      trainingSeconds,
      rulesTrainedWith: fingerprintRules(bundle),
      model,
      ...(options.status === 'live' ? { publishedAt: model.trainedAt, publishedBy: options.trainedBy } : {}),
    },
    ...common,
  });
  return created as unknown as ScoringModelDocument;
}

/** "Model trained 2026-12-02 15:04 UTC". */
function titleOf(model: ScoringModel): string {
  return `Model trained ${model.trainedAt.slice(0, 16).replace('T', ' ')} UTC`;
}
