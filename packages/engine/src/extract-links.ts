// Finds the links and e-mail addresses in a message and splits each host with the Public Suffix List.
// The list comes in as `parseHost` (tldts's parse), so the browser can load it as its own file.
import type { parse } from 'tldts';
import { BARE_LINK, EMAIL_ADDRESS, LINK_TRAILING_PUNCTUATION, MIGHT_HOLD_LINK, SCHEME_LINK } from './patterns.js';

/** A link found in the message, with its host split into parts. */
export interface FoundLink {
  text: string;
  start: number;
  end: number;
  /** Lower-case host name: `secure.amazon-login.net`. */
  host: string;
  /** Registrable domain: `amazon-login.net` (the host itself for an IP address). */
  domain: string;
  /** The registrable domain without its public suffix: `amazon-login`. */
  label: string;
  /** Everything left of the registrable domain: `secure`. */
  subdomain: string;
  isIp: boolean;
}

export interface FoundEmail {
  text: string;
  start: number;
  end: number;
  /** Lower-case registrable domain of the address. */
  domain: string;
}

/** tldts's `parse`: splits a URL or host name with the Public Suffix List (`@redflags/engine/parse-host`). */
export type ParseHost = typeof parse;

/** At most this many links are read from one message; more adds nothing to the reading. */
const MAX_LINKS = 20;

/**
 * Finds links (with or without a scheme) and e-mail addresses in the original text.
 * A bare `word.word` counts as a link only when its ending is a real public suffix.
 * @example findLinks('see amaz0n-help.com/x', parseHost).links[0].domain // "amaz0n-help.com"
 */
export function findLinks(text: string, parse: ParseHost): { links: FoundLink[]; emails: FoundEmail[] } {
  const links: FoundLink[] = [];
  const emails: FoundEmail[] = [];
  if (!MIGHT_HOLD_LINK.test(text)) return { links, emails };
  const taken: Array<[number, number]> = [];
  if (text.includes('@')) {
    for (const match of text.matchAll(EMAIL_ADDRESS)) {
      const start = match.index;
      const end = start + match[0].length;
      const domain = parse(match[0].slice(match[0].lastIndexOf('@') + 1).toLowerCase()).domain;
      if (domain !== null) emails.push({ text: match[0], start, end, domain });
      taken.push([start, end]);
    }
  }
  for (const pattern of [SCHEME_LINK, BARE_LINK]) {
    for (const match of text.matchAll(pattern)) {
      if (links.length >= MAX_LINKS) break;
      const raw = match[0].replace(LINK_TRAILING_PUNCTUATION, '');
      const start = match.index;
      const end = start + raw.length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const link = describeLink(parse, raw, start, end, pattern === SCHEME_LINK);
      if (link === undefined) continue;
      links.push(link);
      taken.push([start, end]);
    }
  }
  links.sort((a, b) => a.start - b.start);
  return { links, emails };
}

function describeLink(parse: ParseHost, raw: string, start: number, end: number, explicit: boolean): FoundLink | undefined {
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`;
  const parts = parse(url, { extractHostname: true, validHosts: [] });
  const host = parts.hostname?.toLowerCase().replace(/\.$/, '');
  if (host === undefined || host === '') return undefined;
  if (parts.isIp === true) return { text: raw, start, end, host, domain: host, label: host, subdomain: '', isIp: true };
  // A bare "word.word" whose ending is no public suffix (`file.txt`, `e.g`) is not a link.
  if (parts.domain === null || parts.domainWithoutSuffix === null || (!explicit && parts.isIcann !== true && parts.isPrivate !== true))
    return undefined;
  return {
    text: raw,
    start,
    end,
    host,
    domain: parts.domain.toLowerCase(),
    label: parts.domainWithoutSuffix.toLowerCase(),
    subdomain: (parts.subdomain ?? '').toLowerCase(),
    isIp: false,
  };
}
