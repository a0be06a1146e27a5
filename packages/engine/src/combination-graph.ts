// The graph of combinations: which rules they name, whether any loop back on itself, and the order
// in which a check can decide them.
import { combinationParts, type NamesCombinationParts, type Rule } from '@redflags/schema';

export interface CombinationProblem {
  ruleId: string;
  field: string;
  message: string;
}

/**
 * Lists combinations that name an unknown rule or that loop (a rule that, through its parts,
 * depends on itself).
 * @example findCombinationProblems([{ id: 'a', match: { combination: { allOf: ['a'] } } }]) // [{ ruleId: 'a', … 'loops back' }]
 */
export function findCombinationProblems(rules: readonly Pick<Rule, 'id' | 'match'>[]): CombinationProblem[] {
  const problems: CombinationProblem[] = [];
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  for (const rule of rules) {
    const combination = rule.match.combination;
    if (combination === undefined) continue;
    for (const field of ['allOf', 'anyOf'] as const) {
      combination[field].forEach((part, i) => {
        if (!byId.has(part)) {
          problems.push({
            ruleId: rule.id,
            field: `match.combination.${field}.${i}`,
            message: `names rule '${part}', which is not in the bundle; publish that rule first or remove it from the combination`,
          });
        }
      });
    }
  }
  for (const cycle of findCycles(rules)) {
    problems.push({
      ruleId: cycle[0]!,
      field: 'match.combination',
      message: `loops back on itself (${cycle.join(' → ')} → ${cycle[0]}); a combination cannot depend on its own result`,
    });
  }
  return problems;
}

/** What ordering needs of a rule: its id and the rules its combination names (as written or as parsed). */
export interface CombiningRule extends NamesCombinationParts {
  id: string;
}

/**
 * The rules, each after the rules its combination names, otherwise in the given order (depth-first); a rule in a loop,
 * or that depends on one, is left out. Names of rules not given are skipped.
 * @example orderByCombinations([{ id: 'both', match: { combination: { allOf: ['a'] } } }, { id: 'a', match: {} }]).map((r) => r.id) // ['a', 'both']
 */
export function orderByCombinations<R extends CombiningRule>(rules: readonly R[]): R[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const state = new Map<string, 'visiting' | 'done' | 'loop'>();
  const order: R[] = [];
  const visit = (rule: R): boolean => {
    const seen = state.get(rule.id);
    if (seen === 'done') return true;
    if (seen === 'visiting' || seen === 'loop') return false;
    state.set(rule.id, 'visiting');
    const ok = combinationParts(rule).every((id) => {
      const part = byId.get(id);
      return part === undefined || visit(part);
    });
    state.set(rule.id, ok ? 'done' : 'loop');
    if (ok) order.push(rule);
    return ok;
  };
  for (const rule of rules) visit(rule);
  return order;
}

/** Ids of the rules with a combination, each after the combinations it depends on; rules in a loop are left out. */
export function combinationOrder(rules: readonly CombiningRule[]): string[] {
  return orderByCombinations(rules)
    .filter((rule) => rule.match.combination !== undefined)
    .map((rule) => rule.id);
}

function findCycles(rules: readonly Pick<Rule, 'id' | 'match'>[]): string[][] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const cycles: string[][] = [];
  const inCycle = new Set<string>();
  const done = new Set<string>();
  const walk = (id: string, path: string[]): void => {
    const at = path.indexOf(id);
    if (at !== -1) {
      const cycle = path.slice(at);
      if (!cycle.some((member) => inCycle.has(member))) {
        for (const member of cycle) inCycle.add(member);
        cycles.push(cycle);
      }
      return;
    }
    if (done.has(id)) return;
    const rule = byId.get(id);
    if (rule !== undefined) for (const part of combinationParts(rule)) walk(part, [...path, id]);
    done.add(id);
  };
  for (const rule of rules) walk(rule.id, []);
  return cycles;
}
