// Reads everything the site shows, published versions only, through the Local API. Drafts never
// leave the CMS: rules and guides are filtered on `_status`, and `draft: false` reads the
// published row rather than a newer draft version.
import type { Payload } from 'payload';
import type { BrandDocument } from '../mapping/brand.js';
import type { GuideDocument, MediaSummary } from '../mapping/guide.js';
import type { NextStepsDocument } from '../mapping/next-steps.js';
import type { SlugIndex } from '../mapping/relations.js';
import type { ReportingBodyDocument } from '../mapping/reporting-body.js';
import type { RuleDocument } from '../mapping/rule.js';
import type { SettingsDocument } from '../mapping/settings.js';
import type { SignDocument } from '../mapping/sign.js';
import { findModel, type ScoringModelDocument } from '../scoring/scoring-model-document.js';

export interface PublishedDocuments {
  rules: RuleDocument[];
  signs: SignDocument[];
  guides: GuideDocument[];
  brands: BrandDocument[];
  reportingBodies: ReportingBodyDocument[];
  nextSteps: NextStepsDocument[];
  settings: SettingsDocument & { updatedAt?: string | null };
  media: Map<string, MediaSummary>;
  /** The live learned model, when there is one. */
  liveModel?: ScoringModelDocument | undefined;
}

const PUBLISHED = { _status: { equals: 'published' } } as const;

/** All published content, as stored (depth 0). */
export async function loadPublished(payload: Payload): Promise<PublishedDocuments> {
  const common = { depth: 0, draft: false, pagination: false, overrideAccess: true } as const;
  const [rules, signs, guides, brands, reportingBodies, nextSteps, media, settings, liveModel] = await Promise.all([
    payload.find({ collection: 'rules', where: PUBLISHED, sort: 'slug', ...common }),
    payload.find({ collection: 'signs', sort: 'slug', ...common }),
    payload.find({ collection: 'guides', where: PUBLISHED, sort: 'slug', ...common }),
    payload.find({ collection: 'brands', sort: 'slug', ...common }),
    payload.find({ collection: 'reporting-bodies', sort: 'order', ...common }),
    payload.find({ collection: 'next-steps', sort: 'slug', ...common }),
    payload.find({ collection: 'media', ...common }),
    payload.findGlobal({ slug: 'checker-settings', depth: 0, overrideAccess: true }),
    findModel(payload, 'live'),
  ]);
  const serverUrl = (payload.config.serverURL || process.env.REDFLAGS_CMS_URL || 'http://localhost:3000').replace(/\/$/, '');
  return {
    rules: rules.docs as RuleDocument[],
    signs: signs.docs as SignDocument[],
    guides: guides.docs as GuideDocument[],
    brands: brands.docs as BrandDocument[],
    reportingBodies: reportingBodies.docs as ReportingBodyDocument[],
    nextSteps: nextSteps.docs as NextStepsDocument[],
    settings: settings as PublishedDocuments['settings'],
    liveModel,
    media: new Map(
      media.docs.map((doc) => {
        const { id, url, alt } = doc as { id: string | number; url?: string | null; alt?: string | null };
        const absolute = url?.startsWith('/') ? `${serverUrl}${url}` : (url ?? '');
        return [String(id), { url: absolute, alt: alt ?? '' }];
      }),
    ),
  };
}

/** Id → slug for every published rule, guide, brand and sign. */
export function slugIndexOf(published: Pick<PublishedDocuments, 'rules' | 'guides' | 'brands' | 'signs'>): SlugIndex {
  const index = (docs: { id?: string | number; slug?: string | null }[]) =>
    new Map(docs.flatMap((doc) => (doc.id !== undefined && doc.slug ? [[String(doc.id), doc.slug] as const] : [])));
  return { rules: index(published.rules), guides: index(published.guides), brands: index(published.brands), signs: index(published.signs) };
}
