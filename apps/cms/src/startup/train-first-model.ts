// First start: with no live learned model, train one on the published rules and the test messages and
// make it live at once (there is nothing to compare it with), so the first bundle already carries one.
import type { Payload } from 'payload';
import { findModel } from '../scoring/scoring-model-document.js';
import { NothingToLearnError, trainModel } from '../scoring/train-model.js';

/** Trains and publishes a model when none is live; does nothing otherwise. */
export async function trainFirstModel(payload: Payload): Promise<void> {
  if (await findModel(payload, 'live')) return;
  try {
    const model = await trainModel(payload, { status: 'live', trainedBy: 'first start', skipSiteRebuild: true });
    payload.logger.info(`Trained the first learned model in ${model.trainingSeconds} s on ${model.trainedOn}; it is live.`);
  } catch (error) {
    if (!(error instanceof NothingToLearnError)) throw error;
    payload.logger.warn(`No learned model yet: ${error.message}. The checker adds up the rules' severities until one is trained.`);
  }
}
