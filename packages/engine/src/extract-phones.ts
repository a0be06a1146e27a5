// Finds phone numbers and short codes in a message. Numbers of the served countries are parsed and
// typed by libphonenumber-js; numbers from elsewhere are recognised by their calling code alone.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import { CALLING_CODES, PHONE_METADATA } from './phone-metadata.generated.js';
import { MIGHT_HOLD_PHONE, MIGHT_HOLD_SHORT_CODE, PHONE_CANDIDATE, SHORT_CODE, SHORT_CODE_VERB } from './patterns.js';

export interface FoundPhone {
  text: string;
  start: number;
  end: number;
  /** E.164: `+18882804331`. */
  e164: string;
  callingCode: string;
  /** Written with `+` or `00` in front. */
  writtenInternational: boolean;
  /** libphonenumber's type for served countries (`PREMIUM_RATE`, `TOLL_FREE`, …); undefined elsewhere. */
  type: string | undefined;
}

export interface FoundShortCode {
  text: string;
  start: number;
  end: number;
}

/** Countries tried, in order, for numbers written without a country code: trunk prefix 0 or not. */
const WITH_TRUNK_ZERO: readonly CountryCode[] = ['GB', 'AU', 'NZ', 'IE'];
const WITHOUT_TRUNK_ZERO: readonly CountryCode[] = ['US', 'CA', 'AU'];
const SERVED_CALLING_CODES: ReadonlySet<string> = new Set(
  Object.keys((PHONE_METADATA as unknown as { country_calling_codes: object }).country_calling_codes),
);
const MAX_PHONES = 10;

/**
 * Finds phone numbers in the original text.
 * @example findPhones('call 1-888-280-4331 now')[0].e164 // "+18882804331"
 */
export function findPhones(text: string): FoundPhone[] {
  const phones: FoundPhone[] = [];
  if (!MIGHT_HOLD_PHONE.test(text)) return phones;
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    if (phones.length >= MAX_PHONES) break;
    const raw = match[0].replace(/^\((?=[^)]*$)/, '').replace(/[ .-]+$/, '');
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    const start = match.index + match[0].indexOf(raw);
    const phone = readNumber(raw, digits);
    if (phone !== undefined) phones.push({ ...phone, text: raw, start, end: start + raw.length });
  }
  return phones;
}

function readNumber(raw: string, digits: string): Omit<FoundPhone, 'text' | 'start' | 'end'> | undefined {
  const international = raw.startsWith('+') || raw.startsWith('00');
  if (international) {
    const number = international && raw.startsWith('00') ? digits.slice(2) : digits;
    const callingCode = CALLING_CODES.find((code) => number.startsWith(code));
    if (callingCode === undefined) return undefined;
    if (!SERVED_CALLING_CODES.has(callingCode)) {
      return { e164: `+${number}`, callingCode, writtenInternational: true, type: undefined };
    }
    const parsed = parsePhoneNumberFromString(`+${number}`, PHONE_METADATA);
    if (parsed === undefined || !parsed.isPossible()) return undefined;
    return { e164: parsed.number, callingCode, writtenInternational: true, type: parsed.getType() };
  }
  for (const country of digits.startsWith('0') ? WITH_TRUNK_ZERO : WITHOUT_TRUNK_ZERO) {
    // The metadata has number types for every served country, and with types isValid() is exactly
    // getType() !== undefined (extract-phones.test.ts checks it): asking once saves a second walk.
    const parsed = parsePhoneNumberFromString(raw, country, PHONE_METADATA);
    const type = parsed?.getType();
    if (parsed !== undefined && type !== undefined) {
      return { e164: parsed.number, callingCode: parsed.countryCallingCode, writtenInternational: false, type };
    }
  }
  return undefined;
}

/**
 * Finds short codes given as something to text, call or forward to (`forward it to 7726`).
 * libphonenumber does not read short codes, so they are found by the words around them.
 */
export function findShortCodes(text: string): FoundShortCode[] {
  const codes: FoundShortCode[] = [];
  if (!MIGHT_HOLD_SHORT_CODE.test(text)) return codes;
  for (const match of text.matchAll(SHORT_CODE)) {
    if (!SHORT_CODE_VERB.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    const code = match[1]!;
    const start = match.index + match[0].length - code.length;
    codes.push({ text: code, start, end: start + code.length });
  }
  return codes;
}
