// Guides: between the Payload document and the schema's Guide (and its summary for the bundle).
import type { GuideInput } from '@redflags/schema';
import { idsOf, relationId, slugsOf, type RelationValue, type SlugIndex } from './relations.js';
import { mapRows } from './rows.js';

export interface GuideDocument {
  id?: string | number;
  slug?: string | null;
  title?: string | null;
  shortAnswer?: string | null;
  scenario?: unknown;
  variants?: { title?: string | null; description?: string | null }[] | null;
  redFlags?: { flag?: string | null; why?: string | null }[] | null;
  steps?: { step?: string | null; detail?: string | null }[] | null;
  faq?: { question?: string | null; answer?: string | null }[] | null;
  channels?: string[] | null;
  kinds?: string[] | null;
  brands?: RelationValue[] | null;
  relatedRules?: RelationValue[] | null;
  relatedGuides?: RelationValue[] | null;
  seo?: { metaTitle?: string | null; metaDescription?: string | null; image?: RelationValue } | null;
  publishedAt?: string | null;
  updatedAt?: string | null;
  _status?: 'draft' | 'published' | null;
}

/** What a guide's share image becomes on the site. */
export interface MediaSummary {
  url: string;
  alt: string;
}

export type GuideLinks = SlugIndex & { media: Map<string, MediaSummary> };

const text = (value: string | null | undefined): string => value ?? '';

/** The schema's guide for a stored document; links to unpublished documents are dropped. */
export function guideFromDocument(doc: GuideDocument, links: GuideLinks): GuideInput {
  const imageId = relationId(doc.seo?.image ?? undefined);
  const image = imageId === undefined ? undefined : links.media.get(imageId);
  const seo: GuideInput['seo'] = {
    ...(doc.seo?.metaTitle ? { metaTitle: doc.seo.metaTitle } : {}),
    ...(doc.seo?.metaDescription ? { metaDescription: doc.seo.metaDescription } : {}),
    ...(image ? { image: image.url, imageAlt: image.alt } : {}),
  };
  return {
    slug: text(doc.slug),
    title: text(doc.title),
    shortAnswer: text(doc.shortAnswer),
    scenario: doc.scenario as GuideInput['scenario'],
    variants: mapRows(doc.variants, (row) => ({ title: text(row.title), description: text(row.description) })),
    redFlags: mapRows(doc.redFlags, (row) => ({ flag: text(row.flag), why: text(row.why) })),
    steps: mapRows(doc.steps, (row) => ({ step: text(row.step), ...(row.detail ? { detail: row.detail } : {}) })),
    faq: mapRows(doc.faq, (row) => ({ question: text(row.question), answer: text(row.answer) })),
    channels: (doc.channels ?? []) as GuideInput['channels'],
    kinds: doc.kinds ?? [],
    brands: slugsOf(doc.brands, links.brands),
    relatedRules: slugsOf(doc.relatedRules, links.rules),
    relatedGuides: slugsOf(doc.relatedGuides, links.guides),
    seo,
    publishedAt: text(doc.publishedAt),
    ...(doc.updatedAt ? { updatedAt: doc.updatedAt } : {}),
  };
}

/** The Payload data for a schema guide (used by the seed). The share image is not seeded. */
export function guideToDocument(guide: GuideInput, index: SlugIndex): GuideDocument {
  return {
    slug: guide.slug,
    title: guide.title,
    shortAnswer: guide.shortAnswer,
    scenario: guide.scenario,
    variants: (guide.variants ?? []).map(({ title, description }) => ({ title, description })),
    redFlags: guide.redFlags.map(({ flag, why }) => ({ flag, why })),
    steps: guide.steps.map(({ step, detail }) => ({ step, detail: detail ?? null })),
    faq: (guide.faq ?? []).map(({ question, answer }) => ({ question, answer })),
    channels: guide.channels,
    kinds: guide.kinds ?? [],
    brands: idsOf(guide.brands, index.brands),
    relatedRules: idsOf(guide.relatedRules, index.rules),
    relatedGuides: idsOf(guide.relatedGuides, index.guides),
    seo: { metaTitle: guide.seo?.metaTitle ?? null, metaDescription: guide.seo?.metaDescription ?? null },
    publishedAt: guide.publishedAt,
  };
}

/** @example guideFieldPath(['redFlags', 0, 'why']) // 'redFlags.0.why' */
export function guideFieldPath(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  const [first] = parts;
  if (first === 'channels' || first === 'kinds' || first === 'brands' || first === 'relatedRules' || first === 'relatedGuides') {
    return first;
  }
  if (first === 'scenario') return 'scenario';
  if (first === 'seo' && parts[1] === 'imageAlt') return 'seo.image';
  return parts.join('.');
}
