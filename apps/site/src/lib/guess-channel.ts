// Guesses how a pasted message reached the person, so the next steps fit it before they say: a
// transcript or "press 1" reads as a call, a subject line as an email, anything else as a text.
// The person can correct it. Runs in the page (and in the no-JS form's server): nothing is sent.
import type { Channel } from '@redflags/schema';

/** Signs of a phone call or voicemail: recorded-message phrases, keys to press, a transcript's speaker labels. */
const CALL = [
  /\bpress ["'“‘]?(?:\d|one|two|nine|the (?:number|star|hash|pound)\b)/i,
  /\b(?:(?:left (?:you |me )?a|this|in a) voice ?mail|voice message|recorded message|automated (?:message|call)|listen to this message|this call is (?:to|regarding|about|from)|calling (?:you )?(?:from|about|regarding)|after the (?:tone|beep)|stay on the line|hang up|you will be (?:connected|transferred)|(?:this is|is this) an? (?:important|final|courtesy|urgent) call)\b/i,
  /\b(?:support|department|team|office|desk) calling\b/i,
  /^\s*(?:caller|agent|me|him|her|them|scammer|voice)\s*:/im,
];

/** Signs of an email: a subject line, or a sender or recipient line with an address (texts say "From: BANK Msg:"). */
const EMAIL = [/^\s*subject\s*:\s*\S/im, /^\s*(?:from|to|reply-to)\s*:[^\n]*@/im];

/**
 * The channel a message most likely came by; `text` when nothing says otherwise.
 * @example guessChannel('Subject: Your account is locked') // 'email'
 * @example guessChannel('This is Amazon, press 1 to speak to an agent') // 'call'
 */
export function guessChannel(message: string): Channel {
  if (EMAIL.some((pattern) => pattern.test(message))) return 'email';
  if (CALL.some((pattern) => pattern.test(message))) return 'call';
  return 'text';
}
