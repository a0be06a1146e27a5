// Genuine alerts send you to the company's own app or branch ("update your payment details in the Netflix app");
// fake ones want you to act through the message. These patterns match a request unless it points to an app or branch.
import type { Pattern } from '@redflags/schema';

/** Within the next 40 characters of the same sentence: "in the app", "in your banking app", "at any branch"… */
const IN_THE_APP =
  '(?![^.!?\\n]{0,40}\\b(?:(?:in|on|to|through|using|via|with|at) (?:the |our |your |any |a )?|the |our |your )[a-z ]{0,20}\\b(?:app|branch)\\b)';

/** Escapes a phrase for use inside a regular expression. */
function escapeRegex(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One pattern per phrase: the phrase as a whole word or words, unless the sentence goes on to send you to an app or a
 * branch. The phrase is the literal the prefilter looks for, and the only part highlighted.
 * @example unlessInTheApp('update your') // matches "update your card here", not "update your card in the app"
 */
export function unlessInTheApp(...phrases: string[]): Pattern[] {
  return phrases.map((phrase) => ({ regex: `\\b${escapeRegex(phrase)}\\b${IN_THE_APP}`, literal: phrase }));
}
