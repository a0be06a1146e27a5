// What a check returns: the level, the findings with their spans, grouped by sign, and the entities found.
import { z } from 'zod';
import { Level, Severity, Slug } from './primitives.js';

/** A half-open range [start, end) of UTF-16 offsets into the original, un-normalised text. */
export const Span = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((s) => s.end > s.start, { message: 'end must be after start' });
export type Span = z.infer<typeof Span>;

export const EntityType = z.enum([
  'link',
  'email-address',
  'phone',
  'short-code',
  'money',
  'gift-card',
  'one-time-code',
  'remote-access-app',
  'crypto-wallet',
]);
export type EntityType = z.infer<typeof EntityType>;

export const Entity = z.object({
  type: EntityType,
  /** The text as it appears in the message. */
  text: z.string(),
  /** A canonical value: the host name of a link, the E.164 form of a phone number, the amount. */
  value: z.string(),
  span: Span,
});
export type Entity = z.infer<typeof Entity>;

export const GuideLink = z.object({ slug: Slug, title: z.string() });
export type GuideLink = z.infer<typeof GuideLink>;

export const Finding = z.object({
  ruleId: Slug,
  title: z.string(),
  explanation: z.string(),
  severity: Severity,
  guides: z.array(GuideLink),
  /** Where the words that triggered this finding are, in the original text. */
  spans: z.array(Span),
});
export type Finding = z.infer<typeof Finding>;

/**
 * One warning sign found: the findings that raised it, the most specific first (the one to show;
 * the others read "also found"), and every span of them.
 */
export const SignGroup = z.object({
  /** The sign's id; a finding whose rule names no sign known to the bundle is a sign of its own (its rule id). */
  id: Slug,
  title: z.string(),
  /** The strongest severity among its findings. */
  severity: Severity,
  findings: z.array(Finding).min(1),
  /** Its findings' spans, sorted and merged. */
  spans: z.array(Span),
});
export type SignGroup = z.infer<typeof SignGroup>;

export const CheckResult = z.object({
  level: Level,
  score: z.number().min(0),
  /** Every finding, strongest first. */
  findings: z.array(Finding),
  /** The same findings grouped by warning sign, strongest sign first: what a result shows. */
  signs: z.array(SignGroup).default([]),
  entities: z.array(Entity),
  /** True when the text was longer than the input limit and only its start was checked. */
  truncated: z.boolean(),
  /** How many characters were checked. */
  checkedLength: z.number().int().min(0),
  inputLength: z.number().int().min(0),
  disclaimer: z.string(),
});
export type CheckResult = z.infer<typeof CheckResult>;
