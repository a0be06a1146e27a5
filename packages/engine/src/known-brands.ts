// Brands as the engine uses them: official domains, their labels, the words that name each brand.
import type { BrowserBrand } from '@redflags/schema';
import { foldText } from './normalize.js';

export interface KnownBrand {
  id: string;
  name: string;
  /** Official registrable domains and hosts, lower-case. */
  domains: readonly string[];
  /** Official domains without their public suffix, folded: `amazon` for amazon.co.uk. */
  labels: readonly string[];
  /** Names and aliases as normalised text, for finding the brand named in a message. */
  names: readonly string[];
  /**
   * Names written as one word (`amazonprime`), for finding the brand inside a host name. Domain labels that are not
   * a name of the brand (`canada` of the CRA's canada.ca, `office` of Microsoft's office.com) are left out: they are
   * everyday words, found inside many other owners' domains (canadapost.ca, postoffice.co.uk).
   */
  tokens: readonly string[];
  /** Official numbers in E.164 form and short codes. */
  phones: ReadonlySet<string>;
}

/** Prepares brands for matching. */
export function toKnownBrands(brands: readonly BrowserBrand[]): KnownBrand[] {
  return brands.map((brand) => {
    const names = unique([brand.name, ...brand.aliases].map((name) => foldText(name).trim()).filter((n) => n.length >= 2));
    const labels = unique(brand.domains.map((domain) => foldLabel(domain.split('.')[0]!)).filter((l) => l.length >= 3));
    const tokens = unique(names.map((n) => n.replace(/[^a-z0-9]/g, '')).filter((t) => t.length >= 3));
    return { id: brand.id, name: brand.name, domains: brand.domains, labels, names, tokens, phones: new Set(brand.phones) };
  });
}

/** Folds a host label the way text is folded (lookalikes, digits for letters), without separators. */
export function foldLabel(label: string): string {
  return foldText(label.replaceAll('-', ' ')).replace(/[^a-z0-9]/g, '');
}

/** True when `host` is one of the brand's official domains or a subdomain of one. */
export function isOfficialHost(brand: KnownBrand, host: string): boolean {
  return brand.domains.some((domain) => isHostOrSubdomain(host, domain));
}

/**
 * True when `host` is `domain` or a subdomain of it.
 * @example isHostOrSubdomain('forms.office.com', 'office.com') // true
 */
export function isHostOrSubdomain(host: string, domain: string): boolean {
  // Compared in place: a check asks this for every link and brand, and `.${domain}` would be a new string each time.
  return (
    host === domain || (host.length > domain.length && host.endsWith(domain) && host.charCodeAt(host.length - domain.length - 1) === 46)
  );
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
