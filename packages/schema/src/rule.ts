// The rule model: what an editor writes, without code, to describe one warning sign.
import { z } from 'zod';
import { ScamKind, Severity, Slug } from './primitives.js';
import { LEARNED_FINDING_ID } from './learned-constants.js';

/**
 * A regular expression with the literal it must contain. The engine's prefilter
 * looks for the literal in one multi-pattern pass and only runs the expression where it was seen.
 */
export const Pattern = z.object({
  /** JavaScript regular expression source, matched case-insensitively on normalised text. */
  regex: z.string().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
  /** A fixed piece of text every match contains (lowercase, at least 3 characters). */
  literal: z.string().min(3, 'must be at least 3 characters so the prefilter can find it').max(100),
});
export type Pattern = z.infer<typeof Pattern>;

/** Features of the links found in a message. */
export const LinkFeature = z.enum([
  /** A domain that imitates a known brand's official domain (`arnazon.com`, `amazon-support.com`). */
  'brand-lookalike',
  /** A brand's name inside a domain the brand does not own, or in its subdomain (`amazon.secure-login.net`). */
  'brand-in-unrelated-domain',
  /** A link to a domain that is not one of the official domains of a brand named in the message. */
  'unofficial-domain-for-named-brand',
  /** Punycode or non-ASCII (IDN) host names. */
  'punycode',
  /** A URL-shortener host (bit.ly, tinyurl.com, …). */
  'shortener',
  /** A raw IP address instead of a domain name. */
  'ip-address',
  /**
   * A path that starts with a short random-looking code (`/vT3LWrR`, `/a8x2k9`): letters mixed with digits or
   * mixed case, as mass texts use to track who clicked. Read on the link as written, before normalisation.
   */
  'coded-path',
  /**
   * A link to anything but a known brand's own website: every link, except to an official domain of a brand in
   * the bundle (irs.gov, amazon.co.uk/orders), and those only where the brand publishes alone (not its forms, shared
   * files, pages or payment links, where anyone can publish: docs.google.com, paypal.me).
   */
  'not-an-official-site',
  /** Any link at all. A weak signal on its own, useful in combinations. */
  'any-link',
]);
export type LinkFeature = z.infer<typeof LinkFeature>;

/** Features of the phone numbers found in a message. */
export const PhoneFeature = z.enum([
  /** A number with a country code other than the ones the message seems local to. */
  'international',
  /** A premium-rate number. */
  'premium-rate',
  /** A number that is not an official number of a brand named in the message. */
  'not-brand-official',
  /** A short code such as 7726 or 80888. */
  'short-code',
  /** Any phone number at all. */
  'any-phone',
]);
export type PhoneFeature = z.infer<typeof PhoneFeature>;

/** Built-in entity detectors. */
export const EntityKind = z.enum(['money', 'gift-card', 'one-time-code', 'remote-access-app', 'crypto-wallet']);
export type EntityKind = z.infer<typeof EntityKind>;

/** A rule that fires when other rules fire together. */
export const Combination = z
  .object({
    /** Every one of these rules must fire. */
    allOf: z.array(Slug).default([]),
    /** At least `minAnyOf` of these rules must fire. */
    anyOf: z.array(Slug).default([]),
    minAnyOf: z.number().int().min(1).default(1),
  })
  .refine((c) => c.allOf.length + c.anyOf.length > 0, {
    message: 'name at least one rule in allOf or anyOf',
  })
  .refine((c) => c.anyOf.length === 0 || c.minAnyOf <= c.anyOf.length, {
    message: 'minAnyOf cannot be more than the number of rules in anyOf',
    path: ['minAnyOf'],
  });
export type Combination = z.infer<typeof Combination>;

/**
 * What a rule matches. The rule fires when any of its direct matchers
 * (phrases, patterns, links, phones, entities) matches; if it has a combination,
 * the combination must hold as well (or alone, when there are no direct matchers).
 */
export const RuleMatch = z
  .object({
    /** Literal phrases, matched on normalised text (case, accents, lookalike letters and spacing ignored). */
    phrases: z.array(z.string().trim().min(2, 'must be at least 2 characters').max(200)).default([]),
    patterns: z.array(Pattern).default([]),
    links: z.array(LinkFeature).default([]),
    phones: z.array(PhoneFeature).default([]),
    entities: z.array(EntityKind).default([]),
    combination: Combination.optional(),
  })
  .refine(
    (m) => m.phrases.length + m.patterns.length + m.links.length + m.phones.length + m.entities.length > 0 || m.combination !== undefined,
    { message: 'a rule must match something: add a phrase, a pattern, a link, phone or entity feature, or a combination' },
  );
export type RuleMatch = z.infer<typeof RuleMatch>;

/** Messages a rule must and must not match; a rule whose examples misbehave does not compile. */
export const RuleExamples = z.object({
  mustMatch: z.array(z.string().min(1)).default([]),
  mustNotMatch: z.array(z.string().min(1)).default([]),
});
export type RuleExamples = z.infer<typeof RuleExamples>;

export const Rule = z.object({
  id: Slug.refine((id) => id !== LEARNED_FINDING_ID, {
    message: `"${LEARNED_FINDING_ID}" is the learned model's finding; choose another id`,
  }),
  title: z.string().trim().min(3).max(120),
  /** Why this is a warning sign, in plain words a worried person understands. */
  explanation: z.string().trim().min(10, 'explain in a sentence why this is a warning sign').max(1000),
  severity: Severity,
  /**
   * The warning sign this rule raises (a Sign id in the bundle). A result shows one entry per sign;
   * a rule without one, or whose sign is not in the bundle, is an entry of its own.
   */
  sign: Slug.optional(),
  /**
   * `false` makes the rule a building block: used by combinations only,
   * never shown or scored by itself (e.g. "names a brand").
   */
  scored: z.boolean().default(true),
  kinds: z.array(ScamKind).default([]),
  /** Slugs of the guides a finding links to. */
  guides: z.array(Slug).default([]),
  match: RuleMatch,
  examples: RuleExamples.default({ mustMatch: [], mustNotMatch: [] }),
});
export type Rule = z.infer<typeof Rule>;
/** A rule as written, before defaults are applied. */
export type RuleInput = z.input<typeof Rule>;
