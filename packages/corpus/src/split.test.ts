import type { LabelledMessage, MessageLabel } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { assignParts, stratumOf } from './split.js';

const message = (id: string, label: MessageLabel, kind: string): LabelledMessage => ({
  id,
  label,
  kind,
  channel: 'sms',
  text: `text of ${id}`,
  source: '',
});
const many = (prefix: string, count: number, label: MessageLabel, kind: string) =>
  Array.from({ length: count }, (_, i) => message(`${prefix}${i}`, label, kind));

describe('assignParts', () => {
  it('puts 30% of each stratum in test, rounded to whole messages', () => {
    const messages = [...many('a', 10, 'scam', 'delivery'), ...many('b', 20, 'legit', 'none'), ...many('c', 5, 'scam', 'prize')];
    const parts = assignParts(messages, new Map());
    const testIn = (prefix: string) => messages.filter((m) => m.id.startsWith(prefix) && parts.get(m.id) === 'test').length;
    expect([testIn('a'), testIn('b'), testIn('c')]).toEqual([3, 6, 2]);
  });

  it('keeps a stratum of one message in train', () => {
    expect(assignParts([message('x', 'scam', 'utility')], new Map()).get('x')).toBe('train');
  });

  it('gives the same parts on every run and keeps the parts already given', () => {
    const messages = many('a', 10, 'scam', 'delivery');
    const first = assignParts(messages, new Map());
    expect(assignParts(messages, new Map())).toEqual(first);
    const flipped = new Map([['a0', first.get('a0') === 'test' ? 'train' : 'test'] as const]);
    expect(assignParts(messages, flipped).get('a0')).toBe(flipped.get('a0'));
  });

  it('tops a stratum up to its share when messages are added', () => {
    const old = many('a', 10, 'scam', 'delivery');
    const parts = assignParts(old, new Map());
    const grown = [...old, ...many('n', 10, 'scam', 'delivery')];
    const regrown = assignParts(grown, parts);
    for (const m of old) expect(regrown.get(m.id)).toBe(parts.get(m.id));
    expect(grown.filter((m) => regrown.get(m.id) === 'test')).toHaveLength(6);
  });

  it('splits within label, kind and channel', () => {
    expect(stratumOf({ label: 'scam', kind: 'delivery', channel: 'email' })).toBe('scam/delivery/email');
  });
});
