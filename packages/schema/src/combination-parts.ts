// Which rules a combination names. Kept apart from the zod schemas so the browser's checker can use
// it without bundling zod.

/** What naming a combination's parts needs of a rule: the input shape too (before defaults), so a rule read from a file or a CMS document fits. */
export interface NamesCombinationParts {
  match: { combination?: { allOf?: readonly string[]; anyOf?: readonly string[] } | undefined };
}

/**
 * The ids of the rules a rule's combination names, `allOf` first; none when it has no combination.
 * @example combinationParts({ match: { combination: { allOf: ['asks-for-code'], anyOf: ['names-a-bank'] } } }) // ['asks-for-code', 'names-a-bank']
 */
export function combinationParts(rule: NamesCombinationParts): string[] {
  const combination = rule.match.combination;
  return [...(combination?.allOf ?? []), ...(combination?.anyOf ?? [])];
}
