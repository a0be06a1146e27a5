import { CheckerSettings } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { readLaunchContent } from './index.js';

const { settings } = readLaunchContent();

describe('launch checker settings', () => {
  it('parses with the CheckerSettings schema', () => {
    expect(CheckerSettings.safeParse(settings).error?.issues ?? []).toEqual([]);
  });

  it('never warns on one weak sign, reads one moderate sign as caution and one strong sign as high', () => {
    const parsed = CheckerSettings.parse(settings);
    expect(parsed.weights.weak).toBeLessThan(parsed.thresholds.caution);
    expect(parsed.weights.moderate).toBeGreaterThanOrEqual(parsed.thresholds.caution);
    expect(parsed.weights.moderate).toBeLessThan(parsed.thresholds.high);
    expect(parsed.weights.strong).toBeGreaterThanOrEqual(parsed.thresholds.high);
  });

  it('reads a moderate sign with any other sign as high', () => {
    const parsed = CheckerSettings.parse(settings);
    expect(parsed.weights.moderate + parsed.weights.weak).toBeGreaterThanOrEqual(parsed.thresholds.high);
  });
});
