// Everything the site build reads, in one SiteContent document (the export).
import { NextSteps, ReportingBody, SiteContent, formatFieldProblems } from '@redflags/schema';
import type { Payload } from 'payload';
import { nextStepsFromDocument } from '../mapping/next-steps.js';
import { reportingBodyFromDocument } from '../mapping/reporting-body.js';
import { buildPublishedContent } from './build-bundle.js';
import { loadPublished } from './load-published.js';

export interface SiteContentResult {
  content: SiteContent;
  leftOut: string[];
}

/** Reads the published content and assembles a SiteContent valid against the schema. */
export async function buildSiteContent(payload: Payload): Promise<SiteContentResult> {
  const published = await loadPublished(payload);
  const { bundle, guides, brands, leftOut } = buildPublishedContent(published);
  const reportingBodies = published.reportingBodies.flatMap((doc) => {
    const parsed = ReportingBody.safeParse(reportingBodyFromDocument(doc));
    if (parsed.success) return [parsed.data];
    leftOut.push(formatFieldProblems(parsed.error, `reporting body '${doc.slug}'`));
    return [];
  });
  const held = new Set<string>();
  const nextSteps = published.nextSteps.flatMap((doc) => {
    const parsed = NextSteps.safeParse(nextStepsFromDocument(doc));
    if (!parsed.success) {
      leftOut.push(formatFieldProblems(parsed.error, `next steps '${doc.slug}'`));
      return [];
    }
    // The save hook refuses a second record for a country and answer; one written around it is left out.
    const key = `${parsed.data.country}/${parsed.data.happened}`;
    if (held.has(key)) {
      leftOut.push(`next steps '${doc.slug}' › happened: another record already holds the steps for ${key}`);
      return [];
    }
    held.add(key);
    return [parsed.data];
  });
  const content = SiteContent.parse({ generatedAt: bundle.generatedAt, guides, brands, reportingBodies, nextSteps, bundle });
  return { content, leftOut };
}

/** Reads the published content and assembles the rule bundle. */
export async function buildRuleBundle(payload: Payload): Promise<{ bundle: SiteContent['bundle']; leftOut: string[] }> {
  const { bundle, leftOut } = buildPublishedContent(await loadPublished(payload));
  return { bundle, leftOut };
}
