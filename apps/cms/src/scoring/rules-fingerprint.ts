// What a model was trained with, kept beside it so the admin can say when the published rules have
// changed since: a short hash of each rule's matching part (what decides whether it fires, and how much
// its severity weighs) and one of the brands' names, domains and numbers (brand features read them).
import { createHash } from 'node:crypto';
import type { RuleBundle } from '@redflags/schema';

// A type, not an interface: it is stored in a JSON field, whose type wants an index signature.
export type RulesFingerprint = {
  /** Rule id → hash of its severity, scored flag and match. */
  rules: Record<string, string>;
  brands: string;
};

export interface RulesChange {
  added: string[];
  changed: string[];
  removed: string[];
  brandsChanged: boolean;
}

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 16);

/** The fingerprint of a bundle's rules and brands (titles, explanations and examples left out: they do not change a score). */
export function fingerprintRules(bundle: Pick<RuleBundle, 'rules' | 'brands'>): RulesFingerprint {
  return {
    rules: Object.fromEntries(bundle.rules.map((rule) => [rule.id, hash([rule.severity, rule.scored, rule.match])])),
    brands: hash(bundle.brands.map(({ neverAsks: _shownOnly, ...matched }) => matched)),
  };
}

/**
 * How the rules now differ from those a model was trained with; null when they are the same.
 * @example compareFingerprints(fingerprintRules(old), fingerprintRules(now))?.added // ['new-rule']
 */
export function compareFingerprints(trainedWith: RulesFingerprint, now: RulesFingerprint): RulesChange | null {
  const before = Object.keys(trainedWith.rules);
  const after = Object.keys(now.rules);
  const change: RulesChange = {
    added: after.filter((id) => !(id in trainedWith.rules)).sort(),
    changed: after.filter((id) => id in trainedWith.rules && trainedWith.rules[id] !== now.rules[id]).sort(),
    removed: before.filter((id) => !(id in now.rules)).sort(),
    brandsChanged: trainedWith.brands !== now.brands,
  };
  const same = change.added.length + change.changed.length + change.removed.length === 0 && !change.brandsChanged;
  return same ? null : change;
}
