// The engine's built-in patterns, one flat catalogue. Each runs on the ORIGINAL text (formats such as
// links and amounts are case- and punctuation-sensitive); keyword entities live in entity-catalogue.ts.

/** A link with a scheme or `www.`: `https://amzn-secure.co/x`, `www.example.com`. */
export const SCHEME_LINK = /\b(?:https?:\/\/|www\.)[^\s<>"'`{}|\\^[\]]+/giu;

/** A bare host name with a dot and a letter-only top-level label, optionally with a path: `holdingspothere.com/8930er`. */
export const BARE_LINK =
  /(?<![\p{L}\p{N}@._-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}@-])(?:[/?#][^\s<>"'`{}|\\^[\]]*)?/giu;

/** An e-mail address: `help@amaz0n-support.com`. */
export const EMAIL_ADDRESS = /[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.)+\p{L}{2,24}/giu;

/** Punctuation that ends a sentence rather than a link: `visit amazon.com.` */
export const LINK_TRAILING_PUNCTUATION = /[.,;:!?)\]'"»”’]+$/u;

/** Something that may be a phone number: 7 to 15 digits with the usual separators, `+44 20 7946 0000`, `(888) 280-4331`. */
export const PHONE_CANDIDATE = /(?<![\p{L}\p{N}$£€.,/:#-])(?:\+|\b00)?\(?\d[\d ().-]{5,20}\d(?![\p{L}\p{N}%]|[.,/:]\d)/gu;

/** A short code after "to" or "on": `… to 7726`, `… on 80888`. The words before it are checked with SHORT_CODE_VERB. */
export const SHORT_CODE = /\b(?:to|on)\s+(\d{3,6})(?![\p{L}\p{N}]|[.,:]\d)/giu;

/** The verb that makes a number a short code, close before it: `text STOP to`, `forward it to`. */
export const SHORT_CODE_VERB = /\b(?:text|txt|sms|reply|send|forward|fwd|call|dial|ring)\b[^\d\n.!?]{0,30}$/i;

/** An amount of money with its currency: `$799`, `£1,000.00`, `USD 50`, `250 dollars`. */
export const MONEY =
  /(?:[$£€]\s?|\b(?:usd|gbp|eur|aud|cad|nzd)\s?)\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|(?:[$£€]\s?|\b(?:usd|gbp|eur|aud|cad|nzd)\s?)\d+(?:\.\d{1,2})?|\b\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?\s?(?:dollars|pounds|euros|bucks)\b/giu;

/** A Bitcoin address, bech32 (`bc1…`) or legacy base58 (`1…`, `3…`). */
export const BITCOIN_ADDRESS = /\b(?:bc1[ac-hj-np-z02-9]{25,59}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\b/gu;

/** An Ethereum-style address: `0x` and 40 hex digits. */
export const ETHEREUM_ADDRESS = /\b0x[a-fA-F0-9]{40}\b/gu;

/** Cheap tests that decide whether the patterns above are worth running at all. */
export const MIGHT_HOLD_LINK = /[^\s.]\.[^\s\d.]|\/\//u;
export const MIGHT_HOLD_PHONE = /\d[\d ().-]{5}/;
export const MIGHT_HOLD_SHORT_CODE = /\d{3}/;
export const MIGHT_HOLD_MONEY = /[$£€]|usd|gbp|eur|aud|cad|nzd|dollar|pound|euro|buck/i;
export const MIGHT_HOLD_WALLET = /\b(?:bc1|0x|[13][a-km-zA-HJ-NP-Z1-9]{24})/;
