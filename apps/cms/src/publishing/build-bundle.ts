// The rule bundle the checker runs on: published rules, brands, guide summaries, settings and the live
// learned model, validated against RuleBundle. A published record that no longer validates is left out and
// reported rather than breaking the whole bundle.
import {
  Brand,
  CheckerSettings,
  Guide,
  GuideSummary,
  Rule,
  RuleBundle,
  ScoringModel,
  Sign,
  combinationParts,
  formatFieldProblems,
  BUNDLE_FORMAT_VERSION,
} from '@redflags/schema';
import type { Brand as BrandType, Guide as GuideType, Rule as RuleType } from '@redflags/schema';
import { brandFromDocument } from '../mapping/brand.js';
import { guideFromDocument } from '../mapping/guide.js';
import { ruleFromDocument } from '../mapping/rule.js';
import { settingsFromDocument } from '../mapping/settings.js';
import { signFromDocument, type SignDocument } from '../mapping/sign.js';
import { slugIndexOf, type PublishedDocuments } from './load-published.js';

export interface PublishedContent {
  bundle: RuleBundle;
  guides: GuideType[];
  brands: BrandType[];
  /** One line per published record left out, naming the record, the field and the problem. */
  leftOut: string[];
}

/** Validates each published record and assembles the bundle. */
export function buildPublishedContent(published: PublishedDocuments): PublishedContent {
  const leftOut: string[] = [];
  const validSigns: SignDocument[] = [];
  const signs = published.signs.flatMap((doc) => {
    const parsed = Sign.safeParse(signFromDocument(doc));
    if (parsed.success) validSigns.push(doc);
    else leftOut.push(formatFieldProblems(parsed.error, `sign '${doc.slug}'`));
    return parsed.success ? [parsed.data] : [];
  });
  // A rule whose sign was left out keeps its place in the bundle, as a sign of its own.
  const index = slugIndexOf({ ...published, signs: validSigns });

  const brands = published.brands.flatMap((doc) => {
    const parsed = Brand.safeParse(brandFromDocument(doc));
    if (parsed.success) return [parsed.data];
    leftOut.push(formatFieldProblems(parsed.error, `brand '${doc.slug}'`));
    return [];
  });
  const guides = published.guides.flatMap((doc) => {
    const parsed = Guide.safeParse(guideFromDocument(doc, { ...index, media: published.media }));
    if (parsed.success) return [parsed.data];
    leftOut.push(formatFieldProblems(parsed.error, `guide '${doc.slug}'`));
    return [];
  });
  const parsedRules = published.rules.flatMap((doc) => {
    const parsed = Rule.safeParse(ruleFromDocument(doc, index));
    if (parsed.success) return [parsed.data];
    leftOut.push(formatFieldProblems(parsed.error, `rule '${doc.slug}'`));
    return [];
  });
  const rules = dropBrokenCombinations(parsedRules, leftOut);

  const settings = CheckerSettings.safeParse(settingsFromDocument(published.settings));
  if (!settings.success) {
    throw new Error(
      `${formatFieldProblems(settings.error, 'checker settings')}\nFix the checker settings in the admin (Globals › Checker settings).`,
    );
  }

  const bundle = RuleBundle.parse({
    formatVersion: BUNDLE_FORMAT_VERSION,
    generatedAt: latestUpdate(published),
    rules,
    signs,
    brands,
    guides: guides.map((guide) => GuideSummary.parse(guide)),
    settings: settings.data,
    ...liveModelOf(published, leftOut),
  });
  return { bundle, guides, brands, leftOut };
}

/** Removes combinations naming a rule that is not in the bundle, until none is left. */
function dropBrokenCombinations(rules: RuleType[], leftOut: string[]): RuleType[] {
  let kept = rules;
  for (;;) {
    const ids = new Set(kept.map((rule) => rule.id));
    const broken = kept.filter((rule) => combinationParts(rule).some((id) => !ids.has(id)));
    if (broken.length === 0) return kept;
    for (const rule of broken) leftOut.push(`rule '${rule.id}' › match.combination: names a rule that is not published`);
    kept = kept.filter((rule) => !broken.includes(rule));
  }
}

/** `{ model }` for the live learned model, or `{}` without one (the checker then adds up severities). */
function liveModelOf(published: PublishedDocuments, leftOut: string[]): { model?: ScoringModel } {
  if (!published.liveModel) return {};
  const parsed = ScoringModel.safeParse(published.liveModel.model);
  if (parsed.success) return { model: parsed.data };
  leftOut.push(`${formatFieldProblems(parsed.error, `learned model ${String(published.liveModel.id)}`)} (retrain it in the admin)`);
  return {};
}

/** The newest `updatedAt` among the published records: the bundle's date changes only with its content. */
function latestUpdate(published: PublishedDocuments): string {
  const dates = [
    ...published.rules,
    ...published.signs,
    ...published.guides,
    ...published.brands,
    ...published.reportingBodies,
    ...published.nextSteps,
    published.settings,
    published.liveModel ?? {},
  ]
    .map((doc) => (doc as { updatedAt?: string | null }).updatedAt)
    .filter((date): date is string => typeof date === 'string');
  return dates.sort().at(-1) ?? new Date(0).toISOString();
}
