// Keyword entities the engine knows without any rule: what each is, and the words that name it.
// Words are written as normalised text (lowercase; hyphens read as spaces) and matched as whole words.
import type { EntityKind } from '@redflags/schema';

export interface KeywordEntity {
  kind: Extract<EntityKind, 'gift-card' | 'one-time-code' | 'remote-access-app'>;
  /** Canonical value reported for the entity. */
  value: string;
  words: readonly string[];
}

/** Gift and prepaid cards scammers ask for, because a card number can be spent at once and not traced. */
export const GIFT_CARDS: readonly KeywordEntity[] = [
  { kind: 'gift-card', value: 'gift card', words: ['gift card', 'gift voucher', 'prepaid card', 'gift cards'] },
  { kind: 'gift-card', value: 'Apple / iTunes card', words: ['itunes card', 'itunes gift', 'apple gift card', 'app store card'] },
  { kind: 'gift-card', value: 'Google Play card', words: ['google play card', 'google play gift', 'play store card'] },
  { kind: 'gift-card', value: 'Steam card', words: ['steam card', 'steam wallet', 'steam gift'] },
  { kind: 'gift-card', value: 'Vanilla card', words: ['vanilla visa', 'vanilla gift', 'vanilla card', 'one vanilla'] },
  { kind: 'gift-card', value: 'Razer Gold', words: ['razer gold'] },
  { kind: 'gift-card', value: 'Paysafecard', words: ['paysafecard', 'paysafe card'] },
  { kind: 'gift-card', value: 'MoneyPak', words: ['moneypak', 'green dot card'] },
];

/** Remote-access tools fake support agents ask people to install. */
export const REMOTE_ACCESS_APPS: readonly KeywordEntity[] = [
  { kind: 'remote-access-app', value: 'AnyDesk', words: ['anydesk', 'any desk'] },
  { kind: 'remote-access-app', value: 'TeamViewer', words: ['teamviewer', 'team viewer'] },
  { kind: 'remote-access-app', value: 'UltraViewer', words: ['ultraviewer', 'ultra viewer'] },
  { kind: 'remote-access-app', value: 'LogMeIn', words: ['logmein', 'log me in'] },
  { kind: 'remote-access-app', value: 'RustDesk', words: ['rustdesk'] },
  { kind: 'remote-access-app', value: 'Supremo', words: ['supremo remote', 'supremo app'] },
  { kind: 'remote-access-app', value: 'Splashtop', words: ['splashtop'] },
  { kind: 'remote-access-app', value: 'ScreenConnect', words: ['screenconnect', 'screen connect', 'connectwise'] },
  { kind: 'remote-access-app', value: 'Quick Assist', words: ['quick assist', 'quickassist'] },
  { kind: 'remote-access-app', value: 'Ammyy Admin', words: ['ammyy'] },
  { kind: 'remote-access-app', value: 'Zoho Assist', words: ['zoho assist'] },
  { kind: 'remote-access-app', value: 'AirDroid', words: ['airdroid'] },
  { kind: 'remote-access-app', value: 'remote desktop', words: ['remote desktop', 'remote access app', 'remote support app'] },
];

/** Names for one-time codes, which let whoever holds them into an account or approve a payment. */
export const ONE_TIME_CODES: readonly KeywordEntity[] = [
  {
    kind: 'one-time-code',
    value: 'one-time code',
    words: [
      'one time code',
      'one time passcode',
      'one time password',
      'one time pin',
      'otp',
      'verification code',
      'authentication code',
      'auth code',
      'login code',
      'log in code',
      'sign in code',
      '2fa code',
      'security code',
      'confirmation code',
      'passcode',
      '6 digit code',
      'six digit code',
    ],
  },
];

export const KEYWORD_ENTITIES: readonly KeywordEntity[] = [...GIFT_CARDS, ...REMOTE_ACCESS_APPS, ...ONE_TIME_CODES];

/**
 * Hosts on brands' official domains where anyone can publish (forms, shared files, sites, profiles, payment
 * links): a link there is not the brand speaking. A host matches itself and its subdomains.
 */
export const OPEN_PUBLISHING_HOSTS: readonly string[] = [
  'sites.google.com',
  'docs.google.com',
  'drive.google.com',
  'forms.google.com',
  'script.google.com',
  'storage.googleapis.com',
  'youtube.com',
  'g.co',
  'sharepoint.com',
  'onedrive.live.com',
  'forms.office.com',
  'aka.ms',
  'icloud.com',
  'me.com',
  'paypal.me',
  'cash.app',
  'cash.me',
  'squareup.com',
  'facebook.com',
  'fb.com',
  'fb.me',
  'messenger.com',
  'instagram.com',
];

/** URL shorteners: the real destination is hidden until the link is opened. */
export const URL_SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'rb.gy',
  'tiny.cc',
  't.ly',
  's.id',
  'bl.ink',
  'short.io',
  'v.gd',
  'qrco.de',
  'lnkd.in',
  'shorturl.com',
  'x.co',
  'urlz.fr',
  'tiny.one',
  'shrtco.de',
  '2u.pw',
  'u.to',
  'clck.ru',
  'surl.li',
  'linktr.ee',
  'han.gl',
  'gg.gg',
]);
