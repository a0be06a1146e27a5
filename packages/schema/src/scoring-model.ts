// The learned scorer published beside the rules: a weight per rule and a hashed text model,
// fitted to labelled messages, with the figures it reached.
import { z } from 'zod';
import { TEXT_FEATURES_VERSION } from './learned-constants.js';
import { DateTime, Slug } from './primitives.js';

export const TextModel = z.object({
  featuresVersion: z.literal(TEXT_FEATURES_VERSION, {
    error: `this text model was made with another feature recipe; retrain it (expected featuresVersion ${TEXT_FEATURES_VERSION})`,
  }),
  /** The hashing table has 2^bits weights. */
  bits: z.number().int().min(8).max(20),
  /** The weights as signed bytes, base64: weight = byte × scale. */
  weights: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
  scale: z.number().positive(),
});
export type TextModel = z.infer<typeof TextModel>;

/** How many messages of one label there were, and how many read caution-or-high and high. */
export const LevelTally = z.object({
  total: z.number().int().min(0),
  flagged: z.number().int().min(0),
  high: z.number().int().min(0),
});
export type LevelTally = z.infer<typeof LevelTally>;

export const ModelFigures = z.object({ scams: LevelTally, harmless: LevelTally });
export type ModelFigures = z.infer<typeof ModelFigures>;

export const ScoringModel = z
  .object({
    trainedAt: DateTime,
    /** What it learned from, in words (e.g. "727 corpus messages (train part) and 3 editors' test messages"). */
    trainedOn: z.string().max(300),
    /** Log-odds of a message with no rule fired and no words known. */
    bias: z.number(),
    /** The learned weight (log-odds) of each scored rule it was trained with. */
    ruleWeights: z.record(Slug, z.number().min(0)),
    /** Weights for rules the model has not seen yet (added after training): the severity's prior. */
    severityPriors: z.object({ strong: z.number().min(0), moderate: z.number().min(0), weak: z.number().min(0) }),
    text: TextModel,
    /**
     * Log-odds at or above which a message reads "caution" (with a rule's finding, or on its words alone)
     * and "high" (which also needs the rules' own share to reach the engine's HIGH_NEEDS_RULES_LOGIT).
     */
    thresholds: z.object({ caution: z.number(), cautionWordsOnly: z.number(), high: z.number() }),
    /** What it reached on the messages it learned from, in k-fold cross-validation on them, and on the held-out test part. */
    figures: z.object({ train: ModelFigures, crossValidated: ModelFigures, test: ModelFigures.optional() }),
  })
  .refine((m) => m.thresholds.high >= Math.min(m.thresholds.caution, m.thresholds.cautionWordsOnly), {
    message: 'the high threshold must be at least the caution threshold',
    path: ['thresholds', 'high'],
  });
export type ScoringModel = z.infer<typeof ScoringModel>;
