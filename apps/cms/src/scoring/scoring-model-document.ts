// A stored learned model as the Local API returns it (collection `scoring-models`), and reading one.
import type { Payload } from 'payload';
import type { ScoringModel } from '@redflags/schema';
import type { RulesFingerprint } from './rules-fingerprint.js';

export const SCORING_MODELS = 'scoring-models' as const;

export type ModelStatus = 'candidate' | 'live' | 'retired';

export interface ScoringModelDocument {
  id: string | number;
  title: string;
  status: ModelStatus;
  trainedAt: string;
  trainedOn: string;
  trainedBy: string;
  trainingSeconds: number;
  rulesTrainedWith: RulesFingerprint;
  /** Validated against the schema's ScoringModel when saved. */
  model: ScoringModel;
  publishedAt?: string | null;
  publishedBy?: string | null;
  updatedAt?: string;
}

/** The newest model with `status` (there is at most one live model and one candidate), or undefined. */
export async function findModel(payload: Payload, status: 'live' | 'candidate'): Promise<ScoringModelDocument | undefined> {
  const found = await payload.find({
    collection: SCORING_MODELS,
    where: { status: { equals: status } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  return found.docs[0] as unknown as ScoringModelDocument | undefined;
}
