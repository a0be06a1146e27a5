// Turns the launch content into a rule bundle, the same shape the CMS publishes, so the checker and
// the evaluation can run on the seed before any database exists. Pure: no I/O, no clock unless asked.
import { BUNDLE_FORMAT_VERSION, type GuideSummary, type RuleBundleInput } from '@redflags/schema';
import type { GuideSeed, LaunchContent } from './content/types.js';

/** The part of a guide a finding links to. */
export function toGuideSummary(guide: GuideSeed): GuideSummary {
  return {
    slug: guide.slug,
    title: guide.title,
    shortAnswer: guide.shortAnswer,
    channels: guide.channels,
    kinds: guide.kinds ?? [],
    brands: guide.brands ?? [],
  };
}

/**
 * Builds the bundle for `content`.
 * @example buildSeedBundle(launchContent, new Date('2026-01-01T00:00:00Z')).formatVersion // 1
 */
export function buildSeedBundle(content: LaunchContent, generatedAt: Date = new Date()): RuleBundleInput {
  return {
    formatVersion: BUNDLE_FORMAT_VERSION,
    generatedAt: generatedAt.toISOString(),
    rules: content.rules,
    signs: content.signs,
    brands: content.brands,
    guides: content.guides.map(toGuideSummary),
    settings: content.settings,
  };
}
