// The rule bundle as browsers download it: everything the checker needs and nothing else. Rules'
// example messages are left out (about a quarter of the launch bundle's gzip size): only the CMS and the
// CLI run them, when a rule is published or validated. The CMS export and the CLI keep the full bundle.
import { z } from 'zod';
import { RuleBundle } from './bundle.js';
import { Rule } from './rule.js';

/** A rule without its examples. */
export const BrowserRule = Rule.omit({ examples: true });
export type BrowserRule = z.infer<typeof BrowserRule>;

/** A bundle of rules without examples; `RuleBundle` reads it too (a missing `examples` is none). */
export const BrowserRuleBundle = RuleBundle.extend({ rules: z.array(BrowserRule) });
export type BrowserRuleBundle = z.infer<typeof BrowserRuleBundle>;

/**
 * `bundle` without the rules' examples.
 * @example toBrowserBundle(bundle).rules[0] // { id, title, …, match } — no `examples`
 */
export function toBrowserBundle(bundle: RuleBundle): BrowserRuleBundle {
  return { ...bundle, rules: bundle.rules.map(({ examples: _runByTheCmsAndCliOnly, ...rule }) => rule) };
}
