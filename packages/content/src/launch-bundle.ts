// Turns the launch content into a rule bundle, the same shape the CMS publishes, so the checker and
// the evaluation can run on the launch content before any database exists. Pure: no I/O, no clock unless asked.
import { BUNDLE_FORMAT_VERSION, type GuideInput, type GuideSummary, type RuleBundleInput } from '@redflags/schema';
import type { LaunchContent } from './types.js';

/** The part of a guide a finding links to. */
export function toGuideSummary(guide: GuideInput): GuideSummary {
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
 * @example buildLaunchBundle(launchContent, new Date('2026-01-01T00:00:00Z')).formatVersion // 1
 */
export function buildLaunchBundle(content: LaunchContent, generatedAt: Date = new Date()): RuleBundleInput {
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
