// Rule documents ↔ schema rules, and where schema problems show in the admin form.
import { Rule } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { ruleFieldPath, ruleFromDocument, ruleToDocument } from './rule.js';

const index = {
  rules: new Map([
    ['id-part', 'names-a-bank'],
    ['id-draft-only', 'draft-rule'],
  ]),
  guides: new Map([['id-guide', 'bank-fraud-call']]),
  signs: new Map([['id-sign', 'move-your-money']]),
};

const rule = Rule.parse({
  id: 'bank-call-combo',
  title: 'Bank call asking to move money',
  explanation: 'Banks never ask you to move money to keep it safe.',
  severity: 'strong',
  sign: 'move-your-money',
  guides: ['bank-fraud-call'],
  match: {
    phrases: ['safe account'],
    patterns: [{ regex: 'move (your|the) money', literal: 'move' }],
    links: ['shortener'],
    combination: { allOf: ['names-a-bank'], anyOf: [], minAnyOf: 1 },
  },
  examples: { mustMatch: ['Move your money to a safe account'], mustNotMatch: ['Dinner at eight'] },
});

describe('ruleToDocument and ruleFromDocument', () => {
  it('round-trip a rule through the Payload shape unchanged', () => {
    const doc = ruleToDocument(rule, index);
    expect(doc.match?.phrases).toEqual([{ phrase: 'safe account' }]);
    expect(doc.match?.combination?.allOf).toEqual(['id-part']);
    expect(doc.guides).toEqual(['id-guide']);
    expect(doc.sign).toBe('id-sign');
    expect(Rule.parse(ruleFromDocument(doc, index))).toEqual(rule);
  });

  it('leaves the sign out when it links to no known sign, or when the index has no signs', () => {
    const doc = ruleToDocument(rule, index);
    expect(ruleFromDocument({ ...doc, sign: 'id-deleted' }, index).sign).toBeUndefined();
    expect(ruleFromDocument(doc, { rules: index.rules, guides: index.guides }).sign).toBeUndefined();
    expect(ruleFromDocument({ ...doc, sign: { id: 'id-sign' } }, index).sign).toBe('move-your-money');
  });

  it('reads populated relationships as well as ids, and drops links to unknown documents', () => {
    const doc = ruleToDocument(rule, index);
    const populated = { ...doc, guides: [{ id: 'id-guide' }, 'id-gone'] };
    expect(ruleFromDocument(populated, index).guides).toEqual(['bank-fraud-call']);
  });

  it('leaves out an empty combination', () => {
    const doc = ruleToDocument({ ...rule, match: { ...rule.match, combination: undefined } }, index);
    expect(ruleFromDocument(doc, index).match.combination).toBeUndefined();
  });
});

describe('ruleFieldPath', () => {
  it.each([
    [['id'], 'slug'],
    [['match', 'phrases', 1], 'match.phrases.1.phrase'],
    [['match', 'patterns', 0, 'regex'], 'match.patterns.0.regex'],
    [['match'], 'match.phrases'],
    [['match', 'combination', 'anyOf', 2], 'match.combination.anyOf'],
    [['match', 'combination', 'minAnyOf'], 'match.combination.minAnyOf'],
    [['match', 'links', 0], 'match.links'],
    [['examples', 'mustNotMatch', 3], 'examples.mustNotMatch.3.message'],
    [['kinds', 0], 'kinds'],
    ['examples.mustMatch.0', 'examples.mustMatch.0.message'],
  ] as const)('maps %j to %s', (path, expected) => {
    expect(ruleFieldPath(path as readonly PropertyKey[] | string)).toBe(expected);
  });
});
