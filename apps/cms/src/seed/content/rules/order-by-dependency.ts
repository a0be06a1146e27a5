// Rules are saved one at a time (the CMS checks each against those already saved), so a combination
// must come after every rule it names. This orders rules that way, keeping the written order otherwise.
import type { RuleInput } from '@redflags/schema';

/** The rule ids a rule's combination names. */
function partsOf(rule: RuleInput): string[] {
  const combination = rule.match.combination;
  return combination === undefined ? [] : [...(combination.allOf ?? []), ...(combination.anyOf ?? [])];
}

/**
 * Orders rules so that each comes after the rules its combination names (depth-first, stable).
 * Throws on a cycle or a name that is not among the rules, naming the rule to fix.
 * @example orderByDependency([{ id: 'b', match: { combination: { allOf: ['a'] } } }, { id: 'a', … }]).map((r) => r.id) // ['a', 'b']
 */
export function orderByDependency(rules: readonly RuleInput[]): RuleInput[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const ordered: RuleInput[] = [];
  const place = (rule: RuleInput) => {
    if (placed.has(rule.id)) return;
    if (visiting.has(rule.id)) throw new Error(`rule '${rule.id}': its combination leads back to itself; remove one of the rules in the loop`);
    visiting.add(rule.id);
    for (const part of partsOf(rule)) {
      const dependency = byId.get(part);
      if (dependency === undefined) throw new Error(`rule '${rule.id}': combination names '${part}', which is not a launch rule; add it or remove the name`);
      place(dependency);
    }
    visiting.delete(rule.id);
    placed.add(rule.id);
    ordered.push(rule);
  };
  for (const rule of rules) place(rule);
  return ordered;
}
