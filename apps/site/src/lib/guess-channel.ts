// Guesses how a pasted message reached the person, so the next steps fit it before they say: a
// transcript or "press 1" reads as a call, a subject line as an email, anything else as a text.
// The person can correct it. Runs in the page (and in the no-JS form's server): nothing is sent.
import type { Channel } from '@redflags/schema';

/** Signs of a phone call or voicemail: recorded-message phrases, keys to press, a transcript's speaker labels. */
const CALL = [
  /\bpress (?:\d|one|two|nine|the (?:number|star|hash|pound)\b)/i,
  /\b(?:voice ?mail|voice message|recorded message|automated (?:message|call)|this call\b|calling (?:you )?(?:from|about|regarding)|after the (?:tone|beep)|stay on the line|hang up|you will be (?:connected|transferred)|(?:this is|is this) an? (?:important|final|courtesy|urgent) call)/i,
  /^\s*(?:caller|agent|me|him|her|them|scammer|voice)\s*:/im,
];

/** Signs of an email: a header line at the start of a line. */
const EMAIL = /^\s*(?:subject|from|to|sent|date|reply-to)\s*:\s*\S/im;

/**
 * The channel a message most likely came by; `text` when nothing says otherwise.
 * @example guessChannel('Subject: Your account is locked') // 'email'
 * @example guessChannel('This is Amazon, press 1 to speak to an agent') // 'call'
 */
export function guessChannel(message: string): Channel {
  if (EMAIL.test(message)) return 'email';
  if (CALL.some((pattern) => pattern.test(message))) return 'call';
  return 'text';
}
