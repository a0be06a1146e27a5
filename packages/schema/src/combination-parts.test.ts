import { describe, expect, it } from 'vitest';
import { combinationParts, Rule } from './index.js';

const rule = {
  id: 'code-and-bank',
  title: 'Asks for a code in a bank’s name',
  explanation: 'A bank never asks you to read out a code it sent you.',
  severity: 'strong',
};

describe('combinationParts', () => {
  it('lists the allOf rules, then the anyOf ones', () => {
    const parsed = Rule.parse({ ...rule, match: { combination: { allOf: ['asks-for-code'], anyOf: ['names-a-bank', 'urgent'] } } });
    expect(combinationParts(parsed)).toEqual(['asks-for-code', 'names-a-bank', 'urgent']);
  });

  it('lists nothing for a rule without a combination, and reads a combination with one list written', () => {
    expect(combinationParts(Rule.parse({ ...rule, match: { phrases: ['read out the code'] } }))).toEqual([]);
    expect(combinationParts({ match: { combination: { anyOf: ['urgent'] } } })).toEqual(['urgent']);
  });
});
