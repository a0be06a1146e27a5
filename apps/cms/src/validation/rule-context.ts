// What a rule is checked against when it is published: the other published rules (for its
// combination), the brands and the checker settings — the bundle it is about to join.
import { Brand, CheckerSettings, Rule } from '@redflags/schema';
import type { Brand as BrandType, CheckerSettings as CheckerSettingsType, Rule as RuleType } from '@redflags/schema';
import type { PayloadRequest } from 'payload';
import { brandFromDocument, type BrandDocument } from '../mapping/brand.js';
import { ruleFromDocument, type RuleDocument } from '../mapping/rule.js';
import { settingsFromDocument, type SettingsDocument } from '../mapping/settings.js';
import type { SlugIndex } from '../mapping/relations.js';

/** The second argument of the engine's `checkRuleInContext`. */
export interface RuleContext {
  rules: RuleType[];
  brands: BrandType[];
  settings?: CheckerSettingsType;
}

export interface RuleCheckContext {
  /** Every rule and guide by id (drafts too), to name what a link points at. */
  index: Pick<SlugIndex, 'rules' | 'guides'>;
  /** Slugs of the rules that are published now. */
  publishedRuleSlugs: Set<string>;
  engine: RuleContext;
}

/** Loads the context inside the saving request's transaction (`req`), leaving out rule `selfId`. */
export async function loadRuleCheckContext(req: PayloadRequest, selfId: string | number | undefined): Promise<RuleCheckContext> {
  const { payload } = req;
  const common = { depth: 0, pagination: false, overrideAccess: true, req } as const;
  const [allRules, allGuides, brands, settings] = await Promise.all([
    payload.find({ collection: 'rules', draft: false, ...common }),
    payload.find({ collection: 'guides', draft: false, select: { slug: true }, ...common }),
    payload.find({ collection: 'brands', ...common }),
    payload.findGlobal({ slug: 'checker-settings', depth: 0, overrideAccess: true, req }),
  ]);
  const ruleDocs = allRules.docs as RuleDocument[];
  const index = {
    rules: new Map(ruleDocs.map((doc) => [String(doc.id), doc.slug ?? ''])),
    guides: new Map((allGuides.docs as { id: string | number; slug?: string | null }[]).map((doc) => [String(doc.id), doc.slug ?? ''])),
  };
  const others = ruleDocs.filter((doc) => doc._status === 'published' && String(doc.id) !== String(selfId));
  const rules = others.flatMap((doc) => {
    const parsed = Rule.safeParse(ruleFromDocument(doc, index));
    return parsed.success ? [parsed.data] : [];
  });
  const parsedBrands = (brands.docs as BrandDocument[]).flatMap((doc) => {
    const parsed = Brand.safeParse(brandFromDocument(doc));
    return parsed.success ? [parsed.data] : [];
  });
  const parsedSettings = CheckerSettings.safeParse(settingsFromDocument(settings as SettingsDocument));
  return {
    index,
    publishedRuleSlugs: new Set(rules.map((rule) => rule.id)),
    engine: { rules, brands: parsedBrands, ...(parsedSettings.success ? { settings: parsedSettings.data } : {}) },
  };
}
