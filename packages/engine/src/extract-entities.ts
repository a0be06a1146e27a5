// Pulls the entities out of a message once, for every rule to share: links, e-mail addresses,
// phone numbers, short codes, amounts of money and crypto wallets.
import type { Entity } from '@redflags/schema';
import { findLinks, type FoundLink, type ParseHost } from './extract-links.js';
import { findPhones, findShortCodes, type FoundPhone, type FoundShortCode } from './extract-phones.js';
import { BITCOIN_ADDRESS, ETHEREUM_ADDRESS, MIGHT_HOLD_MONEY, MIGHT_HOLD_WALLET, MONEY } from './patterns.js';

export interface FoundEntities {
  entities: Entity[];
  links: FoundLink[];
  phones: FoundPhone[];
  shortCodes: FoundShortCode[];
}

const CURRENCY_OF: Readonly<Record<string, string>> = {
  $: 'USD',
  '£': 'GBP',
  '€': 'EUR',
  usd: 'USD',
  gbp: 'GBP',
  eur: 'EUR',
  aud: 'AUD',
  cad: 'CAD',
  nzd: 'NZD',
  dollars: 'USD',
  bucks: 'USD',
  pounds: 'GBP',
  euros: 'EUR',
};

/**
 * Finds the format-based entities in the original text (keyword entities such as gift cards come
 * from the dictionary scan instead).
 * @example findEntities('Pay $799 now', parseHost).entities[0] // { type: 'money', text: '$799', value: 'USD 799', … }
 */
export function findEntities(text: string, parseHost: ParseHost): FoundEntities {
  const { links, emails } = findLinks(text, parseHost);
  const phones = findPhones(text).filter((phone) => !overlapsAny(phone, links));
  const shortCodes = findShortCodes(text).filter((code) => !overlapsAny(code, phones));
  const entities: Entity[] = [
    ...links.map((link) => entity('link', link, link.host)),
    ...emails.map((email) => entity('email-address', email, email.domain)),
    ...phones.map((phone) => entity('phone', phone, phone.e164)),
    ...shortCodes.map((code) => entity('short-code', code, code.text)),
    ...findMoney(text, phones),
    ...findWallets(text),
  ];
  return { entities, links, phones, shortCodes };
}

/** At most this many amounts and wallets are read from one message; more adds nothing to the reading. */
const MAX_AMOUNTS = 20;

function findMoney(text: string, phones: readonly FoundPhone[]): Entity[] {
  const amounts: Entity[] = [];
  if (!MIGHT_HOLD_MONEY.test(text)) return amounts;
  for (const match of text.matchAll(MONEY)) {
    const raw = match[0];
    const span = { start: match.index, end: match.index + raw.length };
    if (overlapsAny(span, phones)) continue;
    const symbol = /^[$£€]/.test(raw) ? raw[0]! : (/[a-z]+/i.exec(raw)?.[0] ?? '').toLowerCase();
    const amount = raw.replace(/[^\d.]/g, '');
    amounts.push(entity('money', { text: raw, ...span }, `${CURRENCY_OF[symbol] ?? symbol.toUpperCase()} ${amount}`));
    if (amounts.length >= MAX_AMOUNTS) break;
  }
  return amounts;
}

function findWallets(text: string): Entity[] {
  if (!MIGHT_HOLD_WALLET.test(text)) return [];
  const wallets: Entity[] = [];
  for (const pattern of [BITCOIN_ADDRESS, ETHEREUM_ADDRESS]) {
    for (const match of text.matchAll(pattern)) {
      // A legacy address mixes upper- and lower-case letters; an all-caps code or tracking number does not.
      if (pattern === BITCOIN_ADDRESS && !match[0].startsWith('bc1') && !(/[a-z]/.test(match[0]) && /[A-Z]/.test(match[0]))) continue;
      wallets.push(entity('crypto-wallet', { text: match[0], start: match.index, end: match.index + match[0].length }, match[0]));
      if (wallets.length >= MAX_AMOUNTS) return wallets;
    }
  }
  return wallets;
}

function entity(type: Entity['type'], found: { text: string; start: number; end: number }, value: string): Entity {
  return { type, text: found.text, value, span: { start: found.start, end: found.end } };
}

function overlapsAny(span: { start: number; end: number }, others: ReadonlyArray<{ start: number; end: number }>): boolean {
  return others.some((other) => span.start < other.end && span.end > other.start);
}
