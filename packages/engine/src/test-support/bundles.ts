// Small bundles built in code for tests: one rule at a time, readable at the test that uses it.
import type { RuleBundleInput, RuleInput } from '@redflags/schema';
import { readFileSync } from 'node:fs';

export const AMAZON = {
  id: 'amazon',
  name: 'Amazon',
  aliases: ['amzn'],
  domains: ['amazon.com', 'amazon.co.uk'],
  phones: ['+18882804331'],
};

/** A rule with defaults for the fields a test does not care about. */
export function ruleWith(id: string, match: RuleInput['match'], extra: Partial<RuleInput> = {}): RuleInput {
  return { id, title: `Rule ${id}`, explanation: `Explains why ${id} is a warning sign.`, severity: 'moderate', match, ...extra };
}

export function bundleOf(rules: RuleInput[], extra: Partial<RuleBundleInput> = {}): RuleBundleInput {
  return {
    formatVersion: 1,
    generatedAt: '2026-11-25T10:00:00.000Z',
    rules,
    brands: [AMAZON],
    settings: { thresholds: { caution: 2, high: 6 } },
    ...extra,
  };
}

export function starterBundle(): unknown {
  return JSON.parse(readFileSync(new URL('../../fixtures/starter-bundle.json', import.meta.url), 'utf8'));
}
