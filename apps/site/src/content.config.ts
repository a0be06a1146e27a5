// Content collections, all fed by the one loader (the CMS export), validated with @redflags/schema.
import { defineCollection } from 'astro:content';
import { Brand, Guide, NextSteps, ReportingBody, RuleBundle } from '@redflags/schema';
import { loadSiteContentOnce } from './content/load-site-content.js';

const guides = defineCollection({
  loader: async () => (await loadSiteContentOnce()).content.guides.map((guide) => ({ id: guide.slug, ...guide })),
  schema: Guide,
});

const brands = defineCollection({
  loader: async () => (await loadSiteContentOnce()).content.brands,
  schema: Brand,
});

const reportingBodies = defineCollection({
  loader: async () => (await loadSiteContentOnce()).content.reportingBodies,
  schema: ReportingBody,
});

const nextSteps = defineCollection({
  loader: async () => (await loadSiteContentOnce()).content.nextSteps,
  schema: NextSteps,
});

/** One entry, `published`: the rule bundle the checker runs. */
const bundles = defineCollection({
  loader: async () => [{ id: 'published', ...(await loadSiteContentOnce()).content.bundle }],
  schema: RuleBundle,
});

export const collections = { guides, brands, reportingBodies, nextSteps, bundles };
