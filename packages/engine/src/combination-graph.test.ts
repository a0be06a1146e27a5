import type { RuleInput } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { combinationOrder, orderByCombinations } from './combination-graph.js';

const rule = (id: string, parts: string[] = []): RuleInput => ({
  id,
  title: id,
  explanation: 'an explanation long enough',
  severity: 'weak',
  match: parts.length > 0 ? { combination: { allOf: parts } } : { phrases: [id] },
});

describe('orderByCombinations', () => {
  it('moves a combination after the rules it names', () => {
    expect(orderByCombinations([rule('both', ['a', 'b']), rule('a'), rule('b')]).map((r) => r.id)).toEqual(['a', 'b', 'both']);
  });

  it('keeps the written order when nothing depends on anything', () => {
    expect(orderByCombinations([rule('c'), rule('a'), rule('b')]).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('leaves out the rules of a loop and the rules that depend on them', () => {
    expect(orderByCombinations([rule('x', ['y']), rule('y', ['x']), rule('z', ['x']), rule('a')]).map((r) => r.id)).toEqual(['a']);
  });

  it('skips a combination part that is not among the rules', () => {
    expect(orderByCombinations([rule('x', ['missing'])]).map((r) => r.id)).toEqual(['x']);
  });
});

describe('combinationOrder', () => {
  it('lists only combinations, each after the combinations it names', () => {
    expect(combinationOrder([rule('top', ['both', 'a']), rule('both', ['a', 'b']), rule('a'), rule('b')])).toEqual(['both', 'top']);
  });
});
