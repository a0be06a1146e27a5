// The "What has happened so far?" block's content: for each answer, the steps of every country merged
// into one list (a step several countries share is written once, tagged with those countries), and for
// each country the places to report, each tagged with the answers and channels it is for. The page shows
// the ones that fit the choice without a request (global.css does it from the chosen answer, country
// and channel); merging keeps a guide page, which carries all five countries, small.
import {
  SITUATION_OF,
  WhatHappened,
  type Channel,
  type Country,
  type NextStep,
  type NextSteps,
  type OfficialSource,
  type ReportingBody,
} from '@redflags/schema';
import { COUNTRIES, type CountryInfo } from './vocabulary.js';

/** A step, or a source, and the countries it is for (all of them, or some). */
export interface ForCountries<T> {
  item: T;
  countries: Country[];
}

export interface AnswerPlan {
  happened: WhatHappened;
  /** Every country's steps in one list; each country's own steps keep their order. */
  steps: ForCountries<NextStep>[];
  sources: ForCountries<OfficialSource>[];
  /** Countries editors wrote no steps for, for this answer. */
  missing: Country[];
}

export interface ReportPlace {
  body: ReportingBody;
  /** The answers it is the right place for. */
  happened: WhatHappened[];
}

export interface CountryReport {
  country: CountryInfo;
  /** In the editors' order. */
  places: ReportPlace[];
}

/**
 * One plan per answer, keeping only the steps for at least one of `channels` (a guide page passes its
 * scam's channels; a step with no channel listed is for all).
 * @example planAnswers(nextSteps, ['call'])[0].happened // 'nothing-yet'
 */
export function planAnswers(nextSteps: readonly NextSteps[], channels: readonly Channel[]): AnswerPlan[] {
  return WhatHappened.options.map((happened) => {
    const byCountry = COUNTRIES.map(({ code }) => ({ code, found: nextSteps.find((s) => s.country === code && s.happened === happened) }));
    return {
      happened,
      steps: mergeInOrder(
        byCountry.map(({ code, found }) => ({ code, items: (found?.steps ?? []).filter((step) => forChannels(step.channels, channels)) })),
      ),
      sources: mergeInOrder(byCountry.map(({ code, found }) => ({ code, items: found?.sources ?? [] }))),
      missing: byCountry.filter(({ found }) => found === undefined).map(({ code }) => code),
    };
  });
}

/**
 * For every country, the places to report that take at least one of `channels`, each with the answers it fits.
 * @example reportPlaces(bodies, ['text'])[1].country.code // 'uk'
 */
export function reportPlaces(bodies: readonly ReportingBody[], channels: readonly Channel[]): CountryReport[] {
  return COUNTRIES.map((country) => ({
    country,
    places: bodies
      .filter((body) => body.country === country.code && forChannels(body.channels, channels))
      .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
      .map((body) => ({ body, happened: WhatHappened.options.filter((happened) => body.situations.includes(SITUATION_OF[happened])) }))
      .filter((place) => place.happened.length > 0),
  }));
}

function forChannels(listed: readonly Channel[], channels: readonly Channel[]): boolean {
  return listed.length === 0 || listed.some((channel) => channels.includes(channel));
}

/**
 * Merges the countries' lists into one: an item equal to one already placed after the country's previous
 * item is shared; anything else goes just before the next placed item the country shares later, or at the
 * end, so every country's own order holds.
 */
function mergeInOrder<T>(lists: Array<{ code: Country; items: readonly T[] }>): ForCountries<T>[] {
  const merged: Array<ForCountries<T> & { key: string }> = [];
  for (const { code, items } of lists) {
    const keys = items.map((item) => JSON.stringify(item));
    let last = -1;
    items.forEach((item, i) => {
      const key = keys[i]!;
      const found = merged.findIndex((entry, index) => index > last && entry.key === key);
      if (found >= 0) {
        merged[found]!.countries.push(code);
        last = found;
        return;
      }
      const later = keys.slice(i + 1);
      const before = merged.findIndex((entry, index) => index > last && later.includes(entry.key));
      const position = before >= 0 ? before : merged.length;
      merged.splice(position, 0, { key, item, countries: [code] });
      last = position;
    });
  }
  return merged.map(({ item, countries }) => ({ item, countries }));
}

/**
 * "In the United States, Canada and everywhere else" for the countries a step is for.
 * @example countriesPhrase(['uk']) // 'In the United Kingdom'
 */
export function countriesPhrase(countries: readonly Country[]): string {
  const names = COUNTRIES.filter((c) => countries.includes(c.code)).map((c) =>
    c.code === 'other' ? 'everywhere else' : c.code === 'us' || c.code === 'uk' ? `the ${c.name}` : c.name,
  );
  const joined = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
  return joined.startsWith('everywhere') ? `Everywhere else${joined.slice('everywhere else'.length)}` : `In ${joined}`;
}
