// Decides which link features (see LinkFeature in @redflags/schema) a link has.
import type { LinkFeature } from '@redflags/schema';
import { OPEN_PUBLISHING_HOSTS, URL_SHORTENERS } from './entity-catalogue.js';
import type { FoundLink } from './extract-links.js';
import { foldLabel, isHostOrSubdomain, isOfficialHost, type KnownBrand } from './known-brands.js';

/** Common multi-letter disguises: `rn` reads as `m` at a glance (`arnazon`). */
const LETTER_DISGUISES: ReadonlyArray<[RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];

/**
 * Lists the features of one link, given every known brand and the brands the message names.
 * @example linkFeatures(link('amaz0n-help.com'), brands, new Set()) // Set {'any-link', 'brand-lookalike', 'brand-in-unrelated-domain'}
 */
export function linkFeatures(link: FoundLink, brands: readonly KnownBrand[], named: ReadonlySet<number>): Set<LinkFeature> {
  const features = new Set<LinkFeature>(['any-link']);
  if (link.isIp) features.add('ip-address');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a host outside ASCII is the feature
  if (link.host.includes('xn--') || /[^\x00-\x7f]/.test(link.host)) features.add('punycode');
  if (URL_SHORTENERS.has(link.domain) || URL_SHORTENERS.has(link.host)) features.add('shortener');
  if (hasCodedPath(link.text)) features.add('coded-path');
  if (link.isIp) {
    features.add('not-an-official-site');
    if (named.size > 0) features.add('unofficial-domain-for-named-brand');
    return features;
  }
  const officialForAny = brands.some((brand) => isOfficialHost(brand, link.host));
  if (!officialForAny || features.has('shortener') || isOpenPublishing(link.host)) features.add('not-an-official-site');
  if (!officialForAny) {
    const label = foldLabel(link.label);
    const undisguised = LETTER_DISGUISES.reduce((text, [from, to]) => text.replace(from, to), label);
    const hostWords = foldLabel(link.host.replaceAll('.', '-'));
    const hostParts = link.host.split(/[.-]/).map(foldLabel);
    for (const brand of brands) {
      if (brand.labels.some((official) => imitates(label, undisguised, official, brand.tokens.includes(official))))
        features.add('brand-lookalike');
      if (brand.tokens.some((token) => containsBrandToken(hostWords, hostParts, token))) features.add('brand-in-unrelated-domain');
    }
  }
  if (named.size > 0 && ![...named].some((index) => isOfficialHost(brands[index]!, link.host))) {
    features.add('unofficial-domain-for-named-brand');
  }
  return features;
}

/** Whether anyone can publish at `host` though it is on a brand's domain (docs.google.com/forms/…, paypal.me/…). */
function isOpenPublishing(host: string): boolean {
  return OPEN_PUBLISHING_HOSTS.some((open) => isHostOrSubdomain(host, open));
}

/** A first path segment of 4–20 letters and digits, mixed: digits among letters, or upper and lower case. */
const CODED_SEGMENT = /^[^/?#]+\/([A-Za-z0-9]{4,20})(?:[/?#]|$)/;

/**
 * Whether a link's path starts with a random-looking code. Digits alone (an order number) and words in one case
 * (`/about`, `/Contact`) are not codes.
 * @example hasCodedPath('qinpwhe.com/xA9dXLMD') // true
 * @example hasCodedPath('example.com/contact') // false
 */
export function hasCodedPath(text: string): boolean {
  const segment = CODED_SEGMENT.exec(text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''))?.[1];
  if (segment === undefined) return false;
  const letters = /[A-Za-z]/.test(segment);
  const digits = /\d/.test(segment);
  const mixedCase = /[a-z].*[A-Z]|[A-Z].*[a-z]/.test(segment.slice(1));
  return letters && (digits || mixedCase);
}

/**
 * A label imitates an official one when it folds to it, nearly spells it, or wraps it in other words; wrapping
 * counts only for an official label that is also the brand's name (`amazon`, not the `canada` of canada.ca).
 */
function imitates(label: string, undisguised: string, official: string, isName: boolean): boolean {
  if (official.length < 4) return label === official;
  if (label === official || undisguised === official || (isName && official.length >= 5 && label.includes(official))) return true;
  const allowed = official.length >= 8 ? 2 : official.length >= 5 ? 1 : 0;
  return allowed > 0 && Math.abs(label.length - official.length) <= allowed && editDistance(label, official) <= allowed;
}

/** A name of five letters or more anywhere in the host (`amazonhelp`); a shorter one (`rbc`, `irs`) as a word of it (`rbc-verify`). */
function containsBrandToken(hostWords: string, hostParts: readonly string[], token: string): boolean {
  return token.length >= 5 ? hostWords.includes(token) : hostParts.includes(token);
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), for short labels. */
export function editDistance(a: string, b: string): number {
  // Three rolling rows (two back for the swap), reused across calls: no allocation per pair of labels.
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  let previous2 = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[previous + j]! + 1, rows[current + j - 1]! + 1, rows[previous + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[previous2 + j - 2]! + 1);
      rows[current + j] = best;
    }
    const oldest = previous2;
    previous2 = previous;
    previous = current;
    current = oldest;
  }
  return rows[previous + b.length]!;
}

let rows = new Int32Array(96);
