// Genuine messages repeat the warning signs as advice: "we will never ask you to move money to a safe account".
// These patterns match a phrase only in a sentence that does not open with such a "never".
import type { Pattern } from '@redflags/schema';

/** How a sentence of safe advice opens, within its first 30 characters ("Santander will never ask you to…"). */
const NEVER = "(?![^.!?\\n]{0,30}\\b(?:never|will not ask|won't ask|would not ask|wouldn't ask|do not ask|don't ask)\\b)";

/**
 * One pattern per phrase: the phrase in a sentence that does not open with "never". The match (and the highlight)
 * runs from the start of the sentence to the phrase; the phrase is the literal the prefilter looks for.
 * @example unlessNever('safe account') // matches "move it to a safe account", not "we never ask you to use a safe account"
 */
export function unlessNever(...phrases: string[]): Pattern[] {
  return phrases.map((phrase) => ({ regex: `(?:^|[.!?:;] ?)${NEVER}[^.!?\\n]{0,100}\\b${phrase}\\b`, literal: phrase }));
}
