// Scam guides: one page per scam, and the short summary findings link to.
import { z } from 'zod';
import { Channel, DateTime, ScamKind, Slug } from './primitives.js';

/**
 * Rich text as Payload's Lexical editor stores it. Only the envelope is checked here;
 * the site renders the nodes with Lexical's HTML converter and sanitises the result.
 */
export const RichText = z.looseObject({
  root: z.looseObject({
    type: z.literal('root'),
    children: z.array(z.looseObject({ type: z.string() })),
  }),
});
export type RichText = z.infer<typeof RichText>;

const Text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const GuideVariant = z.object({ title: Text(160), description: Text(2000) });
export const GuideRedFlag = z.object({ flag: Text(200), why: Text(1000) });
export const GuideStep = z.object({ step: Text(300), detail: z.string().trim().max(2000).optional() });
export const GuideFaq = z.object({ question: Text(300), answer: Text(3000) });

export const GuideSeo = z.object({
  metaTitle: z.string().trim().max(70).optional(),
  metaDescription: z.string().trim().max(160).optional(),
  /** Absolute or site-relative URL of the share image. */
  image: z.string().optional(),
  imageAlt: z.string().optional(),
});

export const Guide = z.object({
  slug: Slug,
  /** The question people ask: "Is that Amazon fraud prevention call a scam?" */
  title: Text(160),
  /** One paragraph that answers the question. */
  shortAnswer: Text(800),
  /** What the call, text or email says. */
  scenario: RichText,
  variants: z.array(GuideVariant).default([]),
  redFlags: z.array(GuideRedFlag).min(1, 'a guide needs at least one red flag'),
  steps: z.array(GuideStep).min(1, 'a guide needs at least one step in "what to do"'),
  faq: z.array(GuideFaq).default([]),
  channels: z.array(Channel).min(1, 'choose at least one channel'),
  kinds: z.array(ScamKind).default([]),
  /** Brand ids. */
  brands: z.array(Slug).default([]),
  /** Rule ids that detect this scam. */
  relatedRules: z.array(Slug).default([]),
  /** Guide slugs. */
  relatedGuides: z.array(Slug).default([]),
  seo: GuideSeo.default({}),
  publishedAt: DateTime,
  updatedAt: DateTime.optional(),
});
export type Guide = z.infer<typeof Guide>;
export type GuideInput = z.input<typeof Guide>;

/** What a finding needs to link to a guide. */
export const GuideSummary = Guide.pick({
  slug: true,
  title: true,
  shortAnswer: true,
  channels: true,
  kinds: true,
  brands: true,
});
export type GuideSummary = z.infer<typeof GuideSummary>;
