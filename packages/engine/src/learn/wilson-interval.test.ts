import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson-interval.js';

describe('wilsonInterval', () => {
  it('matches the published 95 % interval for 81 of 263', () => {
    // Wilson (1927) / Newcombe (1998) worked example: 81/263 → 0.2553 to 0.3662.
    const { low, high } = wilsonInterval(81, 263);
    expect(low).toBeCloseTo(0.2553, 3);
    expect(high).toBeCloseTo(0.3662, 3);
  });

  it('stays inside 0 and 1 at the edges', () => {
    expect(wilsonInterval(0, 150).low).toBe(0);
    expect(wilsonInterval(0, 150).high).toBeCloseTo(0.025, 3);
    expect(wilsonInterval(150, 150).high).toBe(1);
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});
