// Publishing a candidate model: it becomes the live model (the one the bundle carries) unless it is worse
// than the live model on the test part (compare-models.ts); the live model it replaces is kept, retired.
import type { Payload, PayloadRequest } from 'payload';
import { buildRuleBundle } from '../publishing/build-site-content.js';
import { compareOnTestPart } from './compare-models.js';
import { loadTrainingMessages } from './load-training-messages.js';
import { measureOnTestPart } from './measure-model.js';
import { findModel, SCORING_MODELS, type ScoringModelDocument } from './scoring-model-document.js';

export type PublishOutcome =
  | { published: ScoringModelDocument; replaced: ScoringModelDocument | null }
  | { refused: string[] }
  | { notFound: string };

/** Publishes the candidate `id`, or says why not. */
export async function publishCandidate(
  payload: Payload,
  id: string | number,
  publishedBy: string,
  req?: PayloadRequest,
): Promise<PublishOutcome> {
  const candidate = await findModel(payload, 'candidate');
  if (!candidate || String(candidate.id) !== String(id)) {
    return { notFound: `model ${String(id)} is not the current candidate; retrain to make a new one` };
  }
  const live = await findModel(payload, 'live');
  if (live) {
    const [{ bundle }, { messages }] = await Promise.all([buildRuleBundle(payload), loadTrainingMessages(payload)]);
    const rules = { ...bundle, model: undefined };
    const comparison = compareOnTestPart(
      measureOnTestPart(rules, live.model, messages),
      measureOnTestPart(rules, candidate.model, messages),
    );
    if (comparison.worse) return { refused: comparison.reasons };
  }
  const common = { collection: SCORING_MODELS, overrideAccess: true, depth: 0, ...(req ? { req } : {}) } as const;
  const published = await payload.update({
    ...common,
    id: candidate.id,
    data: { status: 'live', publishedAt: new Date().toISOString(), publishedBy },
  });
  if (live) await payload.update({ ...common, id: live.id, data: { status: 'retired' } });
  return { published: published as unknown as ScoringModelDocument, replaced: live ?? null };
}
