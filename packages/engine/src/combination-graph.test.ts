import type { RuleInput } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { orderByDependency } from './order-by-dependency.js';

const rule = (id: string, parts: string[] = []): RuleInput => ({
  id,
  title: id,
  explanation: 'an explanation long enough',
  severity: 'weak',
  match: parts.length > 0 ? { combination: { allOf: parts } } : { phrases: [id] },
});

describe('orderByDependency', () => {
  it('moves a combination after the rules it names', () => {
    expect(orderByDependency([rule('both', ['a', 'b']), rule('a'), rule('b')]).map((r) => r.id)).toEqual(['a', 'b', 'both']);
  });

  it('keeps the written order when nothing depends on anything', () => {
    expect(orderByDependency([rule('c'), rule('a'), rule('b')]).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('names the rule whose combination loops back to itself', () => {
    expect(() => orderByDependency([rule('x', ['y']), rule('y', ['x'])])).toThrow("rule 'x': its combination leads back to itself");
  });

  it('names a combination part that is not a rule', () => {
    expect(() => orderByDependency([rule('x', ['missing'])])).toThrow("rule 'x': combination names 'missing'");
  });
});
