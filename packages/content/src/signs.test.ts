// The launch signs: every rule names one, each sign is a distinct reason some scored rule raises,
// and the Amazon voicemail reads as a handful of distinct signs rather than a wall of near-repeats.
import { RuleBundle, Sign } from '@redflags/schema';
import { createChecker } from '@redflags/engine';
import { describe, expect, it } from 'vitest';
import { buildLaunchBundle, readLaunchContent } from './index.js';

const launchContent = readLaunchContent();
const { signs } = launchContent;

/** Added by the learned part of the score, not by a rule. */
const NOT_FROM_RULES = new Set(['reads-like-scam']);

describe('launch signs', () => {
  it('every sign parses, with a unique id and a unique title', () => {
    for (const sign of signs) expect(Sign.safeParse(sign).error?.issues ?? [], sign.id).toEqual([]);
    expect(new Set(signs.map((s) => s.id)).size).toBe(signs.length);
    expect(new Set(signs.map((s) => s.title.toLowerCase())).size).toBe(signs.length);
  });

  it('every launch rule names a sign the launch content has', () => {
    const ids = new Set(signs.map((s) => s.id));
    const without = launchContent.rules.filter((rule) => rule.sign === undefined || !ids.has(rule.sign)).map((rule) => rule.id);
    expect(without).toEqual([]);
  });

  it('every sign but the learned one is raised by at least one scored rule', () => {
    const raised = new Set(launchContent.rules.filter((rule) => rule.scored !== false).map((rule) => rule.sign));
    expect(signs.filter((s) => !raised.has(s.id) && !NOT_FROM_RULES.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('reads the Amazon voicemail as at most five distinct signs, the strongest first', () => {
    const checker = createChecker(RuleBundle.parse(buildLaunchBundle(launchContent)));
    const voicemail =
      'Hello, this is Amazon fraud prevention. We have detected a suspicious purchase of an iPhone 15 for $799 on your account. ' +
      'If you did not authorise this purchase, press 1 now or call us back on +1 888 555 0143.';
    const result = checker.check(voicemail);
    expect(result.findings.length).toBeGreaterThan(5);
    expect(result.signs.length).toBeLessThanOrEqual(5);
    expect(result.signs[0]).toMatchObject({ id: 'activity-you-did-not-do', severity: 'strong' });
    expect(result.signs.map((s) => s.id)).toContain('call-its-number');
    expect(new Set(result.signs.map((s) => s.title)).size).toBe(result.signs.length);
  });
});
