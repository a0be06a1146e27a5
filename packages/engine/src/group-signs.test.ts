// Findings grouped by warning sign: one entry per sign, the most specific finding first.
import type { Finding, RuleBundle } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { createChecker } from './create-checker.js';
import { groupBySign } from './group-signs.js';
import { compileBundle } from './validate-bundle.js';
import { bundleOf, ruleWith } from './test-support/bundles.js';

const finding = (ruleId: string, severity: Finding['severity'], spans: Array<[number, number]>): Finding => ({
  ruleId,
  title: `Title of ${ruleId}`,
  explanation: `Explains ${ruleId}.`,
  severity,
  guides: [],
  spans: spans.map(([start, end]) => ({ start, end })),
});

describe('groupBySign', () => {
  const call = { id: 'call-its-number', title: 'Asks you to call its number', order: 20 };
  const charge = { id: 'charge-you-did-not-make', title: 'Claims a charge you did not make', order: 10 };
  const signOf: Record<string, typeof call> = { 'press-key': call, 'call-number': call, 'order-charge': charge, 'charge-contact': charge };
  const buildsOn: Record<string, number> = { 'order-charge': 5, 'charge-contact': 3 };
  const info = (ruleId: string) => ({ sign: signOf[ruleId], buildsOn: buildsOn[ruleId] ?? 0 });

  it('gives one group per sign, strongest sign first, each finding once', () => {
    const findings = [
      finding('order-charge', 'strong', [[0, 5]]),
      finding('press-key', 'moderate', [[10, 17]]),
      finding('call-number', 'moderate', [[20, 30]]),
      finding('charge-contact', 'moderate', [[3, 8]]),
    ];
    const groups = groupBySign(findings, info);
    expect(groups.map((g) => [g.id, g.title, g.severity, g.findings.map((f) => f.ruleId)])).toEqual([
      ['charge-you-did-not-make', 'Claims a charge you did not make', 'strong', ['order-charge', 'charge-contact']],
      ['call-its-number', 'Asks you to call its number', 'moderate', ['press-key', 'call-number']],
    ]);
    expect(groups.flatMap((g) => g.findings).length).toBe(findings.length);
  });

  it('puts the stronger finding first, then the one built on more rules, then the one with more spans', () => {
    const groups = groupBySign(
      [
        finding('call-number', 'moderate', [
          [0, 2],
          [4, 6],
        ]),
        finding('press-key', 'moderate', [[8, 9]]),
        finding('order-charge', 'moderate', [[1, 2]]),
        finding('charge-contact', 'strong', [[1, 2]]),
      ],
      info,
    );
    expect(groups.find((g) => g.id === 'charge-you-did-not-make')!.findings.map((f) => f.ruleId)).toEqual([
      'charge-contact',
      'order-charge',
    ]);
    expect(groups.find((g) => g.id === 'call-its-number')!.findings.map((f) => f.ruleId)).toEqual(['call-number', 'press-key']);
  });

  it('merges the spans of a sign’s findings', () => {
    const [group] = groupBySign(
      [
        finding('press-key', 'moderate', [[10, 17]]),
        finding('call-number', 'moderate', [
          [15, 20],
          [30, 35],
        ]),
      ],
      info,
    );
    expect(group!.spans).toEqual([
      { start: 10, end: 20 },
      { start: 30, end: 35 },
    ]);
  });

  it('orders signs of the same strength by the editors’ order, then by where their words start', () => {
    const groups = groupBySign(
      [
        finding('press-key', 'moderate', [[0, 1]]),
        finding('order-charge', 'moderate', [[50, 51]]),
        finding('lonely', 'moderate', [[20, 21]]),
      ],
      info,
    );
    expect(groups.map((g) => g.id)).toEqual(['charge-you-did-not-make', 'call-its-number', 'lonely']);
  });

  it('keeps a finding whose sign is missing as a sign of its own, titled from the finding or from a listed sign of its id', () => {
    const learned = { ...finding('reads-like-scam', 'moderate', [[0, 4]]), title: 'Reads like known scam messages' };
    expect(groupBySign([learned], () => ({ buildsOn: 0 }))).toEqual([
      {
        id: 'reads-like-scam',
        title: 'Reads like known scam messages',
        severity: 'moderate',
        findings: [learned],
        spans: [{ start: 0, end: 4 }],
      },
    ]);
    const listed = new Map([['reads-like-scam', { id: 'reads-like-scam', title: 'Sounds like scams we know', order: 1 }]]);
    expect(groupBySign([learned], () => ({ buildsOn: 0 }), listed)[0]!.title).toBe('Sounds like scams we know');
  });
});

describe('check groups findings by the bundle’s signs', () => {
  const bundle = bundleOf(
    [
      ruleWith('names-bank', { phrases: ['bank'] }, { scored: false, sign: 'pretends-bank' }),
      ruleWith('urgent', { phrases: ['today'] }, { severity: 'weak', sign: 'pressure' }),
      ruleWith('now', { phrases: ['right now'] }, { severity: 'weak', sign: 'pressure' }),
      ruleWith('bank-urgency', { combination: { allOf: ['names-bank', 'urgent'] } }, { severity: 'strong', sign: 'pretends-bank' }),
      ruleWith('code', { phrases: ['the code'] }),
    ],
    {
      signs: [
        { id: 'pretends-bank', title: 'Says it is your bank' },
        { id: 'pressure', title: 'Pushes you to act fast', order: 5 },
      ],
    },
  );
  const checker = compileBundle(bundle);

  it('lists each sign once with its findings, and keeps every finding in `findings` as before', () => {
    const text = 'Your bank needs the code today, right now';
    const result = checker.check(text);
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual(['bank-urgency', 'code', 'now', 'urgent']);
    expect(result.signs.map((s) => [s.id, s.severity, s.findings.map((f) => f.ruleId)])).toEqual([
      ['pretends-bank', 'strong', ['bank-urgency']],
      ['code', 'moderate', ['code']],
      ['pressure', 'weak', ['urgent', 'now']],
    ]);
    expect(result.signs[2]!.spans.map((s) => text.slice(s.start, s.end))).toEqual(['today', 'right now']);
  });

  it('runs a bundle file published before signs existed, taken unparsed as the browser does, each finding its own sign', () => {
    const { signs: _signs, ...old } = compileBundle(bundleOf([ruleWith('code', { phrases: ['the code'] })])).bundle;
    const result = createChecker(old as RuleBundle).check('read me the code');
    expect(result.signs.map((s) => [s.id, s.title])).toEqual([['code', 'Rule code']]);
  });
});
