import { Rule, combinationParts } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { LAUNCH_GUIDE_SLUGS } from '../test-support/launch-guide-slugs.js';
import { rules } from './index.js';

/** A finding may only link to the launch guides. */
const GUIDE_SLUGS = new Set(LAUNCH_GUIDE_SLUGS);

describe('launch rules', () => {
  it('every rule parses with the Rule schema', () => {
    for (const rule of rules) expect(Rule.safeParse(rule).error?.issues ?? [], rule.id).toEqual([]);
  });

  it('has at least 80 rules with unique ids', () => {
    const ids = rules.map((rule) => rule.id);
    expect(ids.length).toBeGreaterThanOrEqual(80);
    expect([...new Set(ids)]).toEqual(ids);
  });

  it('links every rule only to launch guides', () => {
    for (const rule of rules) {
      for (const slug of rule.guides ?? []) expect(GUIDE_SLUGS.has(slug), `${rule.id} → ${slug}`).toBe(true);
    }
  });

  it('gives every rule at least 2 examples it must match and 2 it must not', () => {
    for (const rule of rules) {
      expect(rule.examples?.mustMatch?.length ?? 0, rule.id).toBeGreaterThanOrEqual(2);
      expect(rule.examples?.mustNotMatch?.length ?? 0, rule.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('links every scored rule to at least one guide, so a finding can say what to do', () => {
    for (const rule of rules.filter((r) => r.scored !== false)) expect((rule.guides ?? []).length, rule.id).toBeGreaterThan(0);
  });

  it('uses link, phone and entity features as well as phrases', () => {
    const uses = (key: 'links' | 'phones' | 'entities') => rules.filter((rule) => (rule.match[key] ?? []).length > 0).length;
    expect(uses('links')).toBeGreaterThanOrEqual(5);
    expect(uses('phones')).toBeGreaterThanOrEqual(3);
    expect(uses('entities')).toBeGreaterThanOrEqual(4);
  });

  it('joins building blocks into strong combinations', () => {
    const strongCombinations = rules.filter((rule) => rule.severity === 'strong' && rule.match.combination !== undefined);
    expect(strongCombinations.length).toBeGreaterThanOrEqual(15);
    const blocks = new Set(rules.filter((rule) => rule.scored === false).map((rule) => rule.id));
    const usedBlocks = new Set(rules.flatMap((rule) => combinationParts(rule)));
    for (const block of blocks) expect(usedBlocks.has(block), `building block ${block} is used by no combination`).toBe(true);
  });

  it('keeps hard negatives among the examples: a genuine code text, a real delivery notice, a friend borrowing in person', () => {
    const negatives = rules.flatMap((rule) => rule.examples?.mustNotMatch ?? []).map((text) => text.toLowerCase());
    expect(negatives.some((text) => text.includes('never share this code'))).toBe(true);
    expect(negatives.some((text) => text.includes('parcel will arrive today'))).toBe(true);
    expect(negatives.some((text) => text.includes('lend me') || text.includes('borrow'))).toBe(true);
  });
});
