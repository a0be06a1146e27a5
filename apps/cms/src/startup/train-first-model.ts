// First start: with no live learned model, train one on the published rules and the test messages and
// make it live at once (there is nothing to compare it with), so the first bundle already carries one.
// The same on a start after an upgrade that changed how the engine reads text: a live model made with the old
// recipe cannot be read any more, so it is retired (kept, as history) and a new one trained in its place.
import { ScoringModel } from '@redflags/schema';
import type { Payload } from 'payload';
import { findModel, SCORING_MODELS } from '../scoring/scoring-model-document.js';
import { NothingToLearnError, trainModel } from '../scoring/train-model.js';

/** Trains and publishes a model when none is live, or the live one is one this engine cannot read; does nothing otherwise. */
export async function trainFirstModel(payload: Payload): Promise<void> {
  const live = await findModel(payload, 'live');
  if (live && ScoringModel.safeParse(live.model).success) return;
  try {
    const model = await trainModel(payload, { status: 'live', trainedBy: 'first start', skipSiteRebuild: true });
    if (live) {
      await payload.update({
        collection: SCORING_MODELS,
        id: live.id,
        data: { status: 'retired' },
        overrideAccess: true,
        context: { skipSiteRebuild: true },
      });
    }
    payload.logger.info(
      `Trained ${live ? 'a new learned model (the live one was made for an older engine and is now retired)' : 'the first learned model'} in ${model.trainingSeconds} s on ${model.trainedOn}; it is live.`,
    );
  } catch (error) {
    if (!(error instanceof NothingToLearnError)) throw error;
    payload.logger.warn(`No learned model yet: ${error.message}. The checker adds up the rules' severities until one is trained.`);
  }
}
