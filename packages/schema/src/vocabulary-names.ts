// The names people read for the countries and UK nations, in the admin's select options and on the
// site's pages alike. Kept apart from the zod schemas so the browser's scripts can read them without zod.
import type { Country, UkNation } from './primitives.js';

/** In the order a page lists them when the visitor's country is unknown. */
export const COUNTRY_NAMES: Readonly<Record<Country, string>> = {
  us: 'United States',
  uk: 'United Kingdom',
  au: 'Australia',
  ca: 'Canada',
  other: 'Everywhere else',
};

export const UK_NATION_NAMES: Readonly<Record<UkNation, string>> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};
