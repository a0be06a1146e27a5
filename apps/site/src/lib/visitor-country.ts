// The country the page's scripts start from: the visitor's earlier choice in this browser, else the country
// the page was served with (the no-JS result page reads it from the Accept-Language header), else the
// browser's language settings. Nothing is sent anywhere to find it.
import type { Country } from '@redflags/schema';
import { countryOfLanguages } from './country-of-languages.js';
import { rememberedCountry } from './remembered-country.js';
import { COUNTRIES } from './vocabulary.js';

export interface VisitorCountrySources {
  /** The country the page was served with; empty or absent when the server did not know it. */
  pageCountry?: string;
  /** The browser's language tags, most preferred first; `navigator.languages` by default. */
  languages?: readonly string[];
  /** Where an earlier choice is kept; this browser's localStorage by default. */
  storage?: Pick<Storage, 'getItem'>;
}

/**
 * @example visitorCountry({ languages: ['en-GB', 'en'] }) // 'uk', when no choice is kept in this browser
 * @example visitorCountry({ pageCountry: 'au', languages: ['en-GB'] }) // 'au'
 */
export function visitorCountry({ pageCountry, languages = navigator.languages, storage }: VisitorCountrySources = {}): Country | undefined {
  const served = COUNTRIES.find((country) => country.code === pageCountry)?.code;
  return rememberedCountry(storage) ?? served ?? countryOfLanguages(languages);
}
