// The published rule bundle: everything the checker needs, in one JSON document.
import { z } from 'zod';
import { Brand } from './brand.js';
import { GuideSummary } from './guide.js';
import { DateTime } from './primitives.js';
import { Rule } from './rule.js';
import { ScoringModel } from './scoring-model.js';
import { CheckerSettings } from './settings.js';

export const BUNDLE_FORMAT_VERSION = 1;

export const RuleBundle = z.object({
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION, {
    error: `this bundle format is not supported; expected formatVersion ${BUNDLE_FORMAT_VERSION}`,
  }),
  generatedAt: DateTime,
  rules: z.array(Rule),
  brands: z.array(Brand).default([]),
  guides: z.array(GuideSummary).default([]),
  settings: CheckerSettings,
  /** The learned scorer; without one, findings add up by the severity weights in `settings`. */
  model: ScoringModel.optional(),
});
export type RuleBundle = z.infer<typeof RuleBundle>;
export type RuleBundleInput = z.input<typeof RuleBundle>;
