import { readdirSync } from 'node:fs';
import { Guide, type GuideInput } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { readLaunchContent } from './index.js';
import { guidesFolder } from './read-guides.js';
import { LAUNCH_GUIDE_SLUGS } from './test-support/launch-guide-slugs.js';

const { guides, brands } = readLaunchContent();

/** The scenario's paragraphs as text (the launch scenarios are plain paragraphs). */
const paragraphsOf = (guide: GuideInput): string[] =>
  guide.scenario.root.children.map((block) => ((block.children ?? []) as { text?: string }[]).map((node) => node.text ?? '').join(''));

/** Brand ids the launch content creates, so each guide's brand links resolve. */
const launchBrandIds = new Set(brands.map((brand) => brand.id));

/** Every piece of reader-facing text in a guide, with where it sits, for the wording checks. */
const textsOf = (guide: GuideInput): Array<[where: string, text: string]> => [
  ['title', guide.title],
  ['shortAnswer', guide.shortAnswer],
  ...paragraphsOf(guide).map((text, i): [string, string] => [`scenario[${i}]`, text]),
  ...(guide.variants ?? []).flatMap(
    (v, i): Array<[string, string]> => [
      [`variants[${i}].title`, v.title],
      [`variants[${i}].description`, v.description],
    ],
  ),
  ...guide.redFlags.flatMap(
    (r, i): Array<[string, string]> => [
      [`redFlags[${i}].flag`, r.flag],
      [`redFlags[${i}].why`, r.why],
    ],
  ),
  ...guide.steps.flatMap(
    (s, i): Array<[string, string]> => [
      [`steps[${i}].step`, s.step],
      [`steps[${i}].detail`, s.detail ?? ''],
    ],
  ),
  ...(guide.faq ?? []).flatMap(
    (f, i): Array<[string, string]> => [
      [`faq[${i}].question`, f.question],
      [`faq[${i}].answer`, f.answer],
    ],
  ),
];

/** Contact details the brief allows in guide text because they are well known: the UK/US/CA spam short code, the UK bank line, the NCSC address. */
const allowedContacts = ['7726', '159', 'report@phishing.gov.uk'];

describe('launch guides', () => {
  it('include a guide for every required topic, with at least 13 in all', () => {
    const slugs = guides.map((g) => g.slug);
    expect(slugs.filter((slug) => !LAUNCH_GUIDE_SLUGS.includes(slug))).toEqual([]);
    expect(LAUNCH_GUIDE_SLUGS.filter((slug) => !slugs.includes(slug))).toEqual([]);
    expect(guides.length).toBeGreaterThanOrEqual(13);
  });

  it('have unique slugs', () => {
    const slugs = guides.map((g) => g.slug);
    expect(slugs.filter((slug, i) => slugs.indexOf(slug) !== i)).toEqual([]);
  });

  it('are each in a file named after the slug, and every file in guides/ is read', () => {
    const files = readdirSync(guidesFolder)
      .map((name) => name.replace(/\.md$/, ''))
      .sort();
    expect(guides.map((g) => g.slug).sort()).toEqual(files);
  });

  it('link only to other guides that exist', () => {
    const slugs = new Set(guides.map((g) => g.slug));
    const broken = guides.flatMap((g) =>
      (g.relatedGuides ?? []).filter((slug) => !slugs.has(slug) || slug === g.slug).map((slug) => `${g.slug} → ${slug}`),
    );
    expect(broken).toEqual([]);
  });

  it('are each linked from at least one other guide', () => {
    const orphans = guides.filter((g) => !guides.some((other) => other.relatedGuides?.includes(g.slug))).map((g) => g.slug);
    expect(orphans).toEqual([]);
  });

  it('include the reference guide, the one the others follow', () => {
    expect(guides.find((g) => g.slug === 'amazon-fraud-prevention-call')?.title).toBe('Is that Amazon fraud prevention call a scam?');
  });

  describe.each(guides.map((g) => [g.slug, g] as const))('%s', (_slug, seed) => {
    it('parses with the Guide schema', () => {
      const result = Guide.safeParse(seed);
      expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []).toEqual([]);
    });

    it('has every section filled: 2–4 scenario paragraphs, ≥ 2 variants, ≥ 4 red flags, ≥ 3 steps, ≥ 4 FAQ', () => {
      expect(paragraphsOf(seed).length).toBeGreaterThanOrEqual(2);
      expect(paragraphsOf(seed).length).toBeLessThanOrEqual(4);
      expect(seed.scenario.root.children.every((block) => block.type === 'paragraph')).toBe(true);
      expect(seed.variants?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(seed.redFlags.length).toBeGreaterThanOrEqual(4);
      expect(seed.steps.length).toBeGreaterThanOrEqual(3);
      expect(seed.faq?.length ?? 0).toBeGreaterThanOrEqual(4);
      expect(seed.kinds?.length ?? 0).toBeGreaterThanOrEqual(1);
      expect(seed.seo?.metaTitle).toBeTruthy();
      expect(seed.seo?.metaDescription).toBeTruthy();
    });

    it('asks its title as a question', () => {
      expect(seed.title.endsWith('?')).toBe(true);
    });

    it('names only brands the launch content creates, and leaves rule links to the rules', () => {
      expect((seed.brands ?? []).filter((id) => !launchBrandIds.has(id))).toEqual([]);
      expect(seed.relatedRules ?? []).toEqual([]);
    });

    it('gives no web addresses or phone numbers beyond the well-known allowed ones', () => {
      const contactLike =
        /https?:\/\/|www\.|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[a-z0-9-]+\.(?:com|org|net|gov|uk|au|ca|io)\b|\+?\d[\d\s().-]{5,}\d|\b\d{4,}\b/gi;
      const found = textsOf(seed).flatMap(([where, text]) =>
        [...text.matchAll(contactLike)]
          .map((m) => m[0])
          .filter((hit) => !allowedContacts.includes(hit))
          .map((hit) => `${where}: ${hit}`),
      );
      expect(found).toEqual([]);
    });

    it('has no mojibake or replacement characters', () => {
      const broken = textsOf(seed)
        .filter(([, text]) => /Ã.|â€|\uFFFD/.test(text))
        .map(([where]) => where);
      expect(broken).toEqual([]);
    });
  });
});
