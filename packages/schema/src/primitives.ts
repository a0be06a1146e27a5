// Small shared vocabularies: slugs, channels, severities, levels, countries, situations and what happened.
import { z } from 'zod';

/** A lowercase, hyphenated identifier: `amazon-fraud-call`, `gift-card-payment`. */
export const Slug = z
  .string()
  .min(2, 'must be at least 2 characters')
  .max(80, 'must be at most 80 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens, e.g. "gift-card-payment"');
export type Slug = z.infer<typeof Slug>;

/** How a scam reaches people. Corpus `sms` is `text` here. */
export const Channel = z.enum(['call', 'text', 'email', 'social', 'web']);
export type Channel = z.infer<typeof Channel>;

/** How strongly a rule's match suggests a scam. */
export const Severity = z.enum(['strong', 'moderate', 'weak']);
export type Severity = z.infer<typeof Severity>;

/**
 * The checker's overall reading. `none` means no warning signs were found;
 * it never means the message is safe.
 */
export const Level = z.enum(['high', 'caution', 'none']);
export type Level = z.infer<typeof Level>;

/** Scam kinds are open-ended slugs (`bank-impersonation`, `delivery`, …) so editors can add new ones. */
export const ScamKind = Slug;
export type ScamKind = z.infer<typeof ScamKind>;

/** Where a reporting body takes reports. `other` is everywhere else. */
export const Country = z.enum(['us', 'uk', 'au', 'ca', 'other']);
export type Country = z.infer<typeof Country>;

/** The nations of the United Kingdom, for bodies that cover only some of them. */
export const UkNation = z.enum(['england', 'wales', 'scotland', 'northern-ireland']);
export type UkNation = z.infer<typeof UkNation>;

/** What happened to the person, which decides where to report and how urgently. */
export const Situation = z.enum(['lost-money', 'gave-credentials', 'remote-access', 'received-only']);
export type Situation = z.infer<typeof Situation>;

/**
 * What the person has done so far, as the checker and the guide pages ask it ("What has happened so far?").
 * It decides the steps to take now; reporting bodies are tagged with the coarser `Situation`.
 */
export const WhatHappened = z.enum(['nothing-yet', 'paid', 'gave-card-details', 'gave-code-or-password', 'gave-device-access']);
export type WhatHappened = z.infer<typeof WhatHappened>;

/** The reporting bodies' situation each answer falls under. */
export const SITUATION_OF: Readonly<Record<WhatHappened, Situation>> = {
  'nothing-yet': 'received-only',
  paid: 'lost-money',
  'gave-card-details': 'gave-credentials',
  'gave-code-or-password': 'gave-credentials',
  'gave-device-access': 'remote-access',
};

/** An ISO 8601 date-time with offset, as Payload stores dates. */
export const DateTime = z.iso.datetime({ offset: true });

/** An absolute http(s) URL. */
export const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' });
