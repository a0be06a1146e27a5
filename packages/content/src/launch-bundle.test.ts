import { RuleBundle } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { readLaunchContent } from './index.js';
import { buildLaunchBundle } from './launch-bundle.js';

const launchContent = readLaunchContent();

describe('buildLaunchBundle', () => {
  const bundle = buildLaunchBundle(launchContent, new Date('2026-01-02T03:04:05.000Z'));

  it('builds a bundle that parses with the RuleBundle schema', () => {
    expect(RuleBundle.safeParse(bundle).error?.issues ?? []).toEqual([]);
  });

  it('stamps format version 1 and the given time', () => {
    expect(bundle.formatVersion).toBe(1);
    expect(bundle.generatedAt).toBe('2026-01-02T03:04:05.000Z');
  });

  it('carries every rule and brand, and one summary per guide', () => {
    expect(bundle.rules).toHaveLength(launchContent.rules.length);
    expect(bundle.brands).toHaveLength(launchContent.brands.length);
    expect(bundle.guides?.map((guide) => guide.slug)).toEqual(launchContent.guides.map((guide) => guide.slug));
  });

  it('keeps only the summary fields of a guide', () => {
    for (const summary of bundle.guides ?? []) {
      expect(Object.keys(summary).sort()).toEqual(['brands', 'channels', 'kinds', 'shortAnswer', 'slug', 'title']);
    }
  });
});
