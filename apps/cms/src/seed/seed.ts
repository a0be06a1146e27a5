// Loads the launch content into the database: reporting bodies, next steps, brands, warning signs,
// checker settings, rules and guides, each upserted by slug and published. Idempotent: a record whose stored version
// already equals the content is left alone, so a second run writes nothing.
import { Brand, CheckerSettings, Guide, NextSteps, ReportingBody, Rule, Sign, combinationParts } from '@redflags/schema';
import type { LaunchContent } from '@redflags/content';
import { orderByCombinations } from '@redflags/engine';
import type { GuideInput, RuleInput } from '@redflags/schema';
import { ValidationError, type Payload } from 'payload';
import { brandFromDocument, brandToDocument, type BrandDocument } from '../mapping/brand.js';
import { guideFromDocument, guideToDocument, type GuideDocument } from '../mapping/guide.js';
import { nextStepsFromDocument, nextStepsToDocument, type NextStepsDocument } from '../mapping/next-steps.js';
import { emptySlugIndex, type SlugIndex } from '../mapping/relations.js';
import { reportingBodyFromDocument, reportingBodyToDocument, type ReportingBodyDocument } from '../mapping/reporting-body.js';
import { ruleFromDocument, ruleToDocument, type RuleDocument } from '../mapping/rule.js';
import { settingsFromDocument, settingsToDocument, type SettingsDocument } from '../mapping/settings.js';
import { signFromDocument, signToDocument, type SignDocument } from '../mapping/sign.js';

export interface SeedReport {
  created: number;
  updated: number;
  unchanged: number;
  /** One line per record that could not be saved, naming the record, the field and the reason. */
  failed: string[];
}

type SeedCollection = 'reporting-bodies' | 'next-steps' | 'brands' | 'signs' | 'rules' | 'guides';

const CONTEXT = { skipSiteRebuild: true };

/** Upserts all of `content`; never throws for a bad record, reports it in `failed` instead. */
export async function seedLaunchContent(payload: Payload, content: LaunchContent): Promise<SeedReport> {
  const report: SeedReport = { created: 0, updated: 0, unchanged: 0, failed: [] };
  const upsert = upserter(payload, report);

  await upsertSettings(payload, content, report);
  for (const body of content.reportingBodies) {
    await upsert('reporting-bodies', body.id, reportingBodyToDocument(body), (doc) =>
      ReportingBody.parse(reportingBodyFromDocument(doc as ReportingBodyDocument)),
    );
  }
  for (const steps of content.nextSteps) {
    await upsert('next-steps', steps.id, nextStepsToDocument(steps), (doc) =>
      NextSteps.parse(nextStepsFromDocument(doc as NextStepsDocument)),
    );
  }
  for (const brand of content.brands) {
    await upsert('brands', brand.id, brandToDocument(brand), (doc) => Brand.parse(brandFromDocument(doc as BrandDocument)));
  }
  // Before the rules, which name them.
  for (const sign of content.signs) {
    await upsert('signs', sign.id, signToDocument(sign), (doc) => Sign.parse(signFromDocument(doc as SignDocument)));
  }
  // Each rule is checked against those already saved, so combinations go after their parts; a rule in a loop cannot be saved.
  const rules = orderByCombinations(content.rules);
  const looped = content.rules.filter((rule) => !rules.includes(rule));
  // Rules and guides link to each other: guides go first so rules find them; the second pass
  // fills the guides' links to rules and to guides created after them.
  for (let pass = 0; pass < 2; pass += 1) {
    const passReport: SeedReport = { created: 0, updated: 0, unchanged: 0, failed: [] };
    const upsertInPass = upserter(payload, passReport);
    const index = await loadIndex(payload);
    for (const guide of content.guides) await upsertGuide(upsertInPass, guide, index);
    for (const rule of rules) await upsertRule(upsertInPass, rule, index, passReport);
    report.created += passReport.created;
    report.updated += passReport.updated;
    // Only the final pass says what ended up unchanged or failed.
    if (pass === 1) {
      report.unchanged += passReport.unchanged;
      report.failed.push(...passReport.failed);
      for (const rule of looped)
        report.failed.push(`rules '${rule.id}': match.combination leads back to itself through the rules it names; remove one of them`);
    }
  }
  return report;
}

async function upsertRule(upsert: Upsert, rule: RuleInput, index: SlugIndex, report: SeedReport): Promise<void> {
  const known = new Set(index.rules.values());
  const missing = combinationParts(rule).filter((id) => !known.has(id));
  if (missing.length > 0) {
    report.failed.push(
      `rules '${rule.id}': match.combination names ${missing.map((id) => `'${id}'`).join(', ')}, which could not be saved (see above)`,
    );
    return;
  }
  const saved = await upsert('rules', rule.id, ruleToDocument(rule, index), (doc) =>
    Rule.parse(ruleFromDocument(doc as RuleDocument, index)),
  );
  if (saved !== undefined) index.rules.set(String(saved), rule.id);
}

async function upsertGuide(upsert: Upsert, guide: GuideInput, index: SlugIndex): Promise<void> {
  const links = { ...index, media: new Map() };
  const saved = await upsert('guides', guide.slug, guideToDocument(guide, index), (doc) =>
    Guide.parse(guideFromDocument(doc as GuideDocument, links)),
  );
  if (saved !== undefined) index.guides.set(String(saved), guide.slug);
}

/** Saves one record; resolves to its id, or undefined when it failed (recorded in the report). */
type Upsert = (
  collection: SeedCollection,
  slug: string,
  data: object,
  comparable: (doc: object) => unknown,
) => Promise<string | number | undefined>;

function upserter(payload: Payload, report: SeedReport): Upsert {
  return async (collection, slug, data, comparable) => {
    const found = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      draft: false,
      overrideAccess: true,
    });
    const existing = found.docs[0] as (object & { id: string | number; _status?: string }) | undefined;
    const hasDrafts = collection === 'rules' || collection === 'guides';
    const document = hasDrafts ? { ...data, _status: 'published' } : data;
    try {
      if (!existing) {
        // `collection` is a union here, so Payload cannot tie `data` to one collection's type; each
        // caller builds `data` with that collection's mapping (e.g. ruleToDocument).
        const created = await payload.create({ collection, data: document as never, overrideAccess: true, context: CONTEXT, draft: false });
        report.created += 1;
        return created.id;
      }
      const published = !hasDrafts || existing._status === 'published';
      if (published && sameContent(comparable, existing, { ...existing, ...data })) {
        report.unchanged += 1;
        return existing.id;
      }
      await payload.update({ collection, id: existing.id, data: document as never, overrideAccess: true, context: CONTEXT, draft: false });
      report.updated += 1;
      return existing.id;
    } catch (error) {
      report.failed.push(`${collection} '${slug}': ${describeError(error)}`);
      return undefined;
    }
  };
}

function sameContent(comparable: (doc: object) => unknown, stored: object, wanted: object): boolean {
  try {
    return JSON.stringify(comparable(stored)) === JSON.stringify(comparable(wanted));
  } catch {
    return false;
  }
}

async function upsertSettings(payload: Payload, content: LaunchContent, report: SeedReport): Promise<void> {
  try {
    const wanted = CheckerSettings.parse(content.settings);
    const stored = await payload.findGlobal({ slug: 'checker-settings', depth: 0, overrideAccess: true });
    const current = CheckerSettings.safeParse(settingsFromDocument(stored as SettingsDocument));
    if (current.success && JSON.stringify(current.data) === JSON.stringify(wanted)) {
      report.unchanged += 1;
      return;
    }
    await payload.updateGlobal({ slug: 'checker-settings', data: settingsToDocument(wanted), overrideAccess: true, context: CONTEXT });
    report.updated += 1;
  } catch (error) {
    report.failed.push(`checker-settings: ${describeError(error)}`);
  }
}

async function loadIndex(payload: Payload): Promise<SlugIndex> {
  const index = emptySlugIndex();
  for (const collection of ['rules', 'guides', 'brands', 'signs'] as const) {
    const found = await payload.find({
      collection,
      depth: 0,
      pagination: false,
      draft: false,
      overrideAccess: true,
      select: { slug: true },
    });
    for (const doc of found.docs as { id: string | number; slug?: string | null }[]) {
      if (doc.slug) index[collection].set(String(doc.id), doc.slug);
    }
  }
  return index;
}

export function describeError(error: unknown): string {
  if (error instanceof ValidationError) {
    return error.data.errors.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}
