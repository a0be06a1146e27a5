// The published rule bundle: everything the checker needs, in one JSON document.
import { z } from 'zod';
import { Brand } from './brand.js';
import { GuideSummary } from './guide.js';
import { DateTime } from './primitives.js';
import { Rule } from './rule.js';
import { ScoringModel } from './scoring-model.js';
import { CheckerSettings } from './settings.js';
import { Sign } from './sign.js';

/**
 * Bumped only for changes an older engine would misread. Additions with defaults (`signs`, a rule's
 * `sign`) keep version 1: bundles without them still load, and their findings are their own signs.
 */
export const BUNDLE_FORMAT_VERSION = 1;

/** A bundle's fields, before the checks across them; `BrowserRuleBundle` narrows some and keeps the checks. */
export const RuleBundleFields = z.object({
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION, {
    error: `this bundle format is not supported; expected formatVersion ${BUNDLE_FORMAT_VERSION}`,
  }),
  generatedAt: DateTime,
  rules: z.array(Rule),
  /** The warning signs rules name; results group findings by them. */
  signs: z.array(Sign).default([]),
  brands: z.array(Brand).default([]),
  guides: z.array(GuideSummary).default([]),
  settings: CheckerSettings,
  /** The learned scorer; without one, findings add up by the severity weights in `settings`. */
  model: ScoringModel.optional(),
});

/** Every sign id once, and every rule's sign among them. */
export function checkSignReferences(
  bundle: { signs: { id: string }[]; rules: { sign?: string | undefined }[] },
  context: z.RefinementCtx,
): void {
  const signIds = new Set<string>();
  bundle.signs.forEach((sign, index) => {
    if (signIds.has(sign.id))
      context.addIssue({
        code: 'custom',
        path: ['signs', index, 'id'],
        message: `the sign id '${sign.id}' is used twice; each sign needs its own id`,
      });
    signIds.add(sign.id);
  });
  bundle.rules.forEach((rule, index) => {
    if (rule.sign !== undefined && !signIds.has(rule.sign)) {
      context.addIssue({
        code: 'custom',
        path: ['rules', index, 'sign'],
        message: `names the sign '${rule.sign}', which is not in the bundle's signs; add it there or choose another`,
      });
    }
  });
}

export const RuleBundle = RuleBundleFields.superRefine(checkSignReferences);
export type RuleBundle = z.infer<typeof RuleBundle>;
export type RuleBundleInput = z.input<typeof RuleBundle>;
