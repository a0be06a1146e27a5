// What the CMS sends the site to preview a draft (GET /api/preview/:collection/:id): the draft as
// the export would map it, and what would stop it being published as it stands.
import { z } from 'zod';
import { RuleBundle } from './bundle.js';
import { RichText } from './guide.js';
import { Channel, DateTime, Severity } from './primitives.js';

const EMPTY_RICH_TEXT: RichText = { root: { type: 'root', children: [] } };

/**
 * A guide while it is being written: the fields of `Guide` without their minimums, so a half-written
 * draft still renders. A test keeps its fields equal to Guide's.
 */
export const GuideDraft = z.object({
  slug: z.string(),
  title: z.string(),
  shortAnswer: z.string(),
  scenario: RichText.catch(EMPTY_RICH_TEXT),
  variants: z.array(z.object({ title: z.string(), description: z.string() })),
  redFlags: z.array(z.object({ flag: z.string(), why: z.string() })),
  steps: z.array(z.object({ step: z.string(), detail: z.string().optional() })),
  faq: z.array(z.object({ question: z.string(), answer: z.string() })),
  channels: z.array(Channel),
  kinds: z.array(z.string()),
  brands: z.array(z.string()),
  relatedRules: z.array(z.string()),
  relatedGuides: z.array(z.string()),
  seo: z.object({
    metaTitle: z.string().optional(),
    metaDescription: z.string().optional(),
    image: z.string().optional(),
    imageAlt: z.string().optional(),
  }),
  /** Empty until the guide is first published. */
  publishedAt: z.string(),
  updatedAt: z.string().optional(),
});
export type GuideDraft = z.infer<typeof GuideDraft>;

/** A problem publishing would report, at its admin field path (`steps.0.step`). */
export const PreviewProblem = z.object({ field: z.string(), message: z.string() });
export type PreviewProblem = z.infer<typeof PreviewProblem>;

const previewCommon = {
  /** The Payload document id. */
  id: z.string(),
  /** Status of the newest version: a published guide can have a newer draft. */
  status: z.enum(['draft', 'published']),
  updatedAt: DateTime.optional(),
  /** Empty when the draft could be published as it stands. */
  problems: z.array(PreviewProblem),
};

export const GuidePreview = z.object({
  collection: z.literal('guides'),
  ...previewCommon,
  guide: GuideDraft,
});
export type GuidePreview = z.infer<typeof GuidePreview>;

export const RulePreview = z.object({
  collection: z.literal('rules'),
  ...previewCommon,
  rule: z.object({
    /** The rule id (slug) the checker reports; may be empty in a new draft. */
    slug: z.string(),
    title: z.string(),
    explanation: z.string(),
    severity: Severity.optional(),
    /** False for building blocks, which the checker never shows on their own. */
    scored: z.boolean(),
    /** The messages it must flag, as the editor wrote them. */
    mustMatch: z.array(z.string()),
  }),
  /** The published rules with this draft in place of its published version; absent when the draft cannot run yet. */
  bundle: RuleBundle.optional(),
});
export type RulePreview = z.infer<typeof RulePreview>;

export const PreviewDocument = z.discriminatedUnion('collection', [GuidePreview, RulePreview]);
export type PreviewDocument = z.infer<typeof PreviewDocument>;
