// The visitor's country from their language settings (navigator.languages, or an Accept-Language
// header for the no-JS form): the first tag with a region we know decides; other regions mean
// "everywhere else". Nothing is sent anywhere to find it.
import type { Country } from '@redflags/schema';
import { COUNTRIES } from './vocabulary.js';

/**
 * @example countryOfLanguages(['en-GB', 'en']) // 'uk'
 * @example countryOfLanguages(['fr-FR']) // 'other'
 * @example countryOfLanguages(['en']) // undefined (no region: let the person choose)
 */
export function countryOfLanguages(languages: readonly string[]): Country | undefined {
  for (const tag of languages) {
    // The region is the first two-letter (or three-digit) subtag after the language: en-GB, zh-Hant-TW.
    const region = tag
      .split('-')
      .slice(1)
      .find((part) => /^(?:[a-z]{2}|\d{3})$/i.test(part))
      ?.toUpperCase();
    if (region === undefined) continue;
    return COUNTRIES.find((country) => country.regions.includes(region))?.code ?? 'other';
  }
  return undefined;
}

/**
 * The language tags of an Accept-Language header, most preferred first.
 * @example languagesOfHeader('fr-CA;q=0.8, en-GB') // ['en-GB', 'fr-CA']
 */
export function languagesOfHeader(header: string | null | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      );
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}
