// The rule bundle as browsers download it: what the checker reads and nothing else. Left out: the rules'
// example messages and scam kinds, what a brand never asks (shown on guide pages, not by the checker), and
// guide summaries beyond the slug and title a finding links with — about a quarter of the launch bundle's
// gzip size. The CMS export, pages and the CLI keep the full bundle.
import { z } from 'zod';
import { Brand } from './brand.js';
import { type RuleBundle, RuleBundleFields, checkSignReferences } from './bundle.js';
import { GuideSummary } from './guide.js';
import { Rule } from './rule.js';

export const BrowserRule = Rule.omit({ examples: true, kinds: true });
export type BrowserRule = z.infer<typeof BrowserRule>;

export const BrowserBrand = Brand.omit({ neverAsks: true });
export type BrowserBrand = z.infer<typeof BrowserBrand>;

/** What a finding's guide link needs. */
export const BrowserGuideLink = GuideSummary.pick({ slug: true, title: true });
export type BrowserGuideLink = z.infer<typeof BrowserGuideLink>;

export const BrowserRuleBundle = RuleBundleFields.extend({
  rules: z.array(BrowserRule),
  brands: z.array(BrowserBrand).default([]),
  guides: z.array(BrowserGuideLink).default([]),
}).superRefine(checkSignReferences);
export type BrowserRuleBundle = z.infer<typeof BrowserRuleBundle>;

/**
 * `bundle` with only what the browser's checker reads.
 * @example toBrowserBundle(bundle).rules[0] // { id, title, explanation, severity, scored, guides, match }
 */
export function toBrowserBundle(bundle: RuleBundle): BrowserRuleBundle {
  return {
    ...bundle,
    rules: bundle.rules.map(({ examples: _examples, kinds: _kinds, ...rule }) => rule),
    brands: bundle.brands.map(({ neverAsks: _neverAsks, ...brand }) => brand),
    guides: bundle.guides.map(({ slug, title }) => ({ slug, title })),
  };
}
