// Rules that combine other rules must be published after them; this orders the launch rules so.
import type { RuleInput } from '@redflags/schema';

/**
 * Every rule after the rules its combination names (unknown names and cycles keep input order).
 * @example orderByCombinations([combo, part]).map((r) => r.id) // ['part', 'combo']
 */
export function orderByCombinations(rules: readonly RuleInput[]): RuleInput[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const ordered: RuleInput[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (rule: RuleInput): void => {
    if (state.has(rule.id)) return;
    state.set(rule.id, 'visiting');
    const parts = [...(rule.match.combination?.allOf ?? []), ...(rule.match.combination?.anyOf ?? [])];
    for (const id of parts) {
      const part = byId.get(id);
      if (part) visit(part);
    }
    state.set(rule.id, 'done');
    ordered.push(rule);
  };
  rules.forEach(visit);
  return ordered;
}
