// Select options built from the schema's enums, with the labels editors read in the admin.
// Values come from @redflags/schema so the lists can never drift from the contract.
import {
  Channel,
  Country,
  COUNTRY_NAMES,
  EntityKind,
  LinkFeature,
  PhoneFeature,
  Severity,
  Situation,
  UK_NATION_NAMES,
  UkNation,
  WhatHappened,
} from '@redflags/schema';

interface Option {
  label: string;
  value: string;
}

function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>): Option[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

export const severityOptions = optionsOf(Severity.options, {
  strong: 'Strong — nearly always a scam',
  moderate: 'Moderate — often a scam',
  weak: 'Weak — only meaningful with other signs',
});

export const channelOptions = optionsOf(Channel.options, {
  call: 'Phone call',
  text: 'Text message',
  email: 'Email',
  social: 'Social media or chat app',
  web: 'Website or pop-up',
});

export const linkFeatureOptions = optionsOf(LinkFeature.options, {
  'brand-lookalike': 'Domain imitates a known brand (arnazon.com)',
  'brand-in-unrelated-domain': "Brand name inside a domain the brand doesn't own",
  'unofficial-domain-for-named-brand': 'Link is not an official domain of a brand the message names',
  punycode: 'Punycode or non-Latin host name',
  shortener: 'Link shortener (bit.ly, tinyurl…)',
  'ip-address': 'Raw IP address instead of a name',
  'coded-path': 'Path starts with a random code (site.com/xA9dXL)',
  'not-an-official-site': "Link to anything but a known brand's own site (weak; for combinations)",
  'any-link': 'Any link at all (weak; for combinations)',
});

export const phoneFeatureOptions = optionsOf(PhoneFeature.options, {
  international: 'International number',
  'premium-rate': 'Premium-rate number',
  'not-brand-official': 'Not an official number of a brand the message names',
  'short-code': 'Short code (e.g. 7726)',
  'any-phone': 'Any phone number at all (weak; for combinations)',
});

export const entityOptions = optionsOf(EntityKind.options, {
  money: 'An amount of money',
  'gift-card': 'Gift cards',
  'one-time-code': 'A one-time code or PIN',
  'remote-access-app': 'A remote-access app (AnyDesk, TeamViewer…)',
  'crypto-wallet': 'A crypto wallet or coin',
});

export const countryOptions = optionsOf(Country.options, COUNTRY_NAMES);

export const ukNationOptions = optionsOf(UkNation.options, UK_NATION_NAMES);

export const situationOptions = optionsOf(Situation.options, {
  'lost-money': 'Lost money',
  'gave-credentials': 'Gave a code or password',
  'remote-access': 'Installed remote access',
  'received-only': 'Only received it',
});

export const whatHappenedOptions = optionsOf(WhatHappened.options, {
  'nothing-yet': 'Nothing yet',
  paid: 'Paid or sent money',
  'gave-card-details': 'Gave card or bank details',
  'gave-code-or-password': 'Gave a code or password',
  'gave-device-access': 'Let them into a computer or phone',
});
