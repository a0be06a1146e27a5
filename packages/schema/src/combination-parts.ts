// Which rules a combination names. Kept apart from the zod schemas so the browser's checker can use
// it without bundling zod.

/**
 * The ids of the rules a rule's combination names, `allOf` first; none when it has no combination.
 * Takes the input shape too (before defaults), so a rule read from a file or a CMS document fits.
 * @example combinationParts({ match: { combination: { allOf: ['asks-for-code'], anyOf: ['names-a-bank'] } } }) // ['asks-for-code', 'names-a-bank']
 */
export function combinationParts(rule: {
  match: { combination?: { allOf?: readonly string[]; anyOf?: readonly string[] } | undefined };
}): string[] {
  const combination = rule.match.combination;
  return [...(combination?.allOf ?? []), ...(combination?.anyOf ?? [])];
}
