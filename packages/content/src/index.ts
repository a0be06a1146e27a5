// @redflags/content: the launch content the CMS seeds an empty database with, read from this package's files
// (guides/*.md, data/*.yaml) and its typed rules (src/rules/). Editors change it in the admin afterwards.
import { Brand, CheckerSettings, NextSteps, ReportingBody, Sign } from '@redflags/schema';
import { readRecord, readRecords } from './read-data.js';
import { readGuides } from './read-guides.js';
import { rules } from './rules/index.js';
import type { LaunchContent } from './types.js';

export type { LaunchContent } from './types.js';
export { buildLaunchBundle, toGuideSummary } from './launch-bundle.js';
export { markdownToRichText } from './markdown-to-rich-text.js';
export { readGuide, readGuides } from './read-guides.js';
export { rules } from './rules/index.js';

/** Reporting bodies, for the site's development fixture as well as the seed. */
export function readReportingBodies(): LaunchContent['reportingBodies'] {
  return readRecords('reporting-bodies', ReportingBody);
}

/**
 * The whole launch content, read and checked against the schema; throws naming the file, record and field of a mistake.
 * @example readLaunchContent().guides.length // 14
 */
export function readLaunchContent(): LaunchContent {
  return {
    brands: readRecords('brands', Brand),
    reportingBodies: readReportingBodies(),
    nextSteps: readRecords('next-steps', NextSteps),
    signs: readRecords('signs', Sign),
    rules,
    guides: readGuides(),
    settings: readRecord('settings', CheckerSettings),
  };
}
