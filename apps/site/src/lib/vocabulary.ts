// Plain-words labels for the shared vocabularies (countries, situations, what happened, channels, levels), in one catalogue.
import type { Channel, Country, Level, Situation, UkNation, WhatHappened } from '@redflags/schema';

export interface CountryInfo {
  code: Country;
  /** Heading on guide pages and /report/[country]. */
  name: string;
  /** Path segment of /report/[country]. */
  path: string;
  /** Region subtags of navigator.language that mean this country (en-GB → uk). */
  regions: string[];
}

/** In the order a page lists them when the visitor's country is unknown. */
export const COUNTRIES: CountryInfo[] = [
  { code: 'us', name: 'United States', path: 'us', regions: ['US'] },
  { code: 'uk', name: 'United Kingdom', path: 'uk', regions: ['GB', 'UK'] },
  { code: 'au', name: 'Australia', path: 'au', regions: ['AU'] },
  { code: 'ca', name: 'Canada', path: 'ca', regions: ['CA'] },
  { code: 'other', name: 'Everywhere else', path: 'other', regions: [] },
];

export const UK_NATION_NAMES: Record<UkNation, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

export const SITUATIONS: { code: Situation; heading: string }[] = [
  { code: 'lost-money', heading: 'You lost money or paid something' },
  { code: 'gave-credentials', heading: 'You gave a code, a password or card details' },
  { code: 'remote-access', heading: 'You installed an app the caller asked for (remote access)' },
  { code: 'received-only', heading: 'You only received the message' },
];

/** The answers to "What has happened so far?", as the person says them. */
export const WHAT_HAPPENED: { code: WhatHappened; answer: string }[] = [
  { code: 'nothing-yet', answer: 'Nothing yet: I only got the message' },
  { code: 'paid', answer: 'I paid or sent money' },
  { code: 'gave-card-details', answer: 'I gave card or bank details' },
  { code: 'gave-code-or-password', answer: 'I gave a code or a password' },
  { code: 'gave-device-access', answer: 'I let them into my computer or phone' },
];

export const CHANNELS: { code: Channel; name: string; heading: string }[] = [
  { code: 'call', name: 'Phone calls', heading: 'A phone call or voicemail' },
  { code: 'text', name: 'Texts', heading: 'A text message' },
  { code: 'email', name: 'Emails', heading: 'An email' },
  { code: 'social', name: 'Social media', heading: 'Social media or a messaging app' },
  { code: 'web', name: 'Websites', heading: 'A website or an online advert' },
];

export const LEVEL_WORDS: Record<Level, { heading: string; summary: string }> = {
  high: {
    heading: 'High risk: this has strong signs of a scam',
    summary: 'Do not reply, call back, click a link or pay. Read what we found below.',
  },
  caution: {
    heading: 'Caution: this has some warning signs',
    summary: 'Be careful. Check with the organisation using contact details you find yourself.',
  },
  none: {
    heading: 'No warning signs found — that does not mean it is safe',
    summary:
      'Our checker knows common scam patterns only. A new scam can look harmless. If the message asks for money, a code or a password, or pushes you to act fast, check with the organisation using details you find yourself.',
  },
};

/** Turns a slug such as `brand-impersonation` into "Brand impersonation". */
export function labelOfSlug(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
