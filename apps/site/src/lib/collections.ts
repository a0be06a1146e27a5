// Reads the content collections in the shapes pages need: guides newest first, brands by id, bodies by country.
import type { Brand, Guide, NextSteps, ReportingBody } from '@redflags/schema';
import { getCollection } from 'astro:content';

/** Every published guide, newest first. */
export async function getGuides(): Promise<Guide[]> {
  const entries = await getCollection('guides');
  return entries.map((e) => e.data).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug));
}

export async function getBrands(): Promise<Map<string, Brand>> {
  const entries = await getCollection('brands');
  return new Map(entries.map((e) => [e.data.id, e.data]));
}

/** Every reporting body, in the editors' order. */
export async function getReportingBodies(): Promise<ReportingBody[]> {
  const entries = await getCollection('reportingBodies');
  return entries.map((e) => e.data).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

/** The steps for each country and answer to "What has happened so far?". */
export async function getNextSteps(): Promise<NextSteps[]> {
  const entries = await getCollection('nextSteps');
  return entries.map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
}
