import { describe, expect, it } from 'vitest';
import { createRateLimiter, readRateLimitConfig } from './rate-limit.ts';

/** A limiter on a clock the test moves by hand. */
function limiterAt(env: Record<string, string>, start = 1_000_000) {
  let time = start;
  const limiter = createRateLimiter(readRateLimitConfig(env), () => time);
  return { limiter, advance: (ms: number) => (time += ms) };
}

const takeMany = (take: () => { allowed: boolean }, count: number) => Array.from({ length: count }, () => take().allowed);

describe('rate limiter', () => {
  it('lets an address burst, then refuses with the seconds until its next token', () => {
    const { limiter } = limiterAt({ REDFLAGS_RATE_LIMIT_PER_MINUTE: '6', REDFLAGS_RATE_LIMIT_BURST: '3' });
    expect(takeMany(() => limiter.take('203.0.113.9'), 3)).toEqual([true, true, true]);
    expect(limiter.take('203.0.113.9')).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('refills at the configured rate per minute', () => {
    const { limiter, advance } = limiterAt({ REDFLAGS_RATE_LIMIT_PER_MINUTE: '6', REDFLAGS_RATE_LIMIT_BURST: '1' });
    expect(limiter.take('203.0.113.9').allowed).toBe(true);
    advance(9_000);
    expect(limiter.take('203.0.113.9')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    advance(1_000);
    expect(limiter.take('203.0.113.9').allowed).toBe(true);
  });

  it('keeps one bucket per address: a flood from one leaves another untouched', () => {
    const { limiter } = limiterAt({ REDFLAGS_RATE_LIMIT_BURST: '2' });
    expect(takeMany(() => limiter.take('203.0.113.9'), 5)).toEqual([true, true, false, false, false]);
    expect(limiter.take('198.51.100.7').allowed).toBe(true);
  });

  it('treats an IPv4-mapped IPv6 address as the IPv4 address', () => {
    const { limiter } = limiterAt({ REDFLAGS_RATE_LIMIT_BURST: '1' });
    expect(limiter.take('203.0.113.9').allowed).toBe(true);
    expect(limiter.take('::ffff:203.0.113.9').allowed).toBe(false);
  });

  it('shares one bucket across an IPv6 /64, however the address is written', () => {
    const { limiter } = limiterAt({ REDFLAGS_RATE_LIMIT_BURST: '2' });
    expect(limiter.take('2001:db8:0:1::1').allowed).toBe(true);
    expect(limiter.take('2001:0db8:0000:0001:ffff:1:2:3').allowed).toBe(true);
    expect(limiter.take('2001:db8:0:1:abcd::9').allowed).toBe(false);
    expect(limiter.take('2001:db8:0:2::1').allowed).toBe(true);
  });

  it('limits loopback like any address unless it is listed as exempt', () => {
    const limited = limiterAt({ REDFLAGS_RATE_LIMIT_BURST: '1' }).limiter;
    expect(takeMany(() => limited.take('127.0.0.1'), 2)).toEqual([true, false]);
    const exempt = limiterAt({ REDFLAGS_RATE_LIMIT_BURST: '1', REDFLAGS_RATE_LIMIT_EXEMPT: '127.0.0.1, ::1' }).limiter;
    expect(takeMany(() => exempt.take('127.0.0.1'), 100).every(Boolean)).toBe(true);
    expect(takeMany(() => exempt.take('::1'), 100).every(Boolean)).toBe(true);
    expect(takeMany(() => exempt.take('::ffff:127.0.0.1'), 100).every(Boolean)).toBe(true);
    expect(takeMany(() => exempt.take('127.0.0.2'), 2)).toEqual([true, false]);
    expect(exempt.size()).toBe(1);
  });

  it('exempts whole subnets written in CIDR', () => {
    const { limiter } = limiterAt({ REDFLAGS_RATE_LIMIT_BURST: '1', REDFLAGS_RATE_LIMIT_EXEMPT: '10.0.0.0/8' });
    expect(takeMany(() => limiter.take('10.20.30.40'), 5).every(Boolean)).toBe(true);
    expect(takeMany(() => limiter.take('11.0.0.1'), 2)).toEqual([true, false]);
  });

  it('forgets the least recently seen address beyond its cap', () => {
    const config = { ...readRateLimitConfig({ REDFLAGS_RATE_LIMIT_BURST: '1' }), maxAddresses: 2 };
    const limiter = createRateLimiter(config, () => 0);
    for (const address of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) limiter.take(address);
    expect(limiter.size()).toBe(2);
    expect(limiter.take('192.0.2.1').allowed).toBe(true);
    expect(limiter.take('192.0.2.3').allowed).toBe(false);
  });

  it('forgets an address once its bucket has refilled, at the next sweep', () => {
    const { limiter, advance } = limiterAt({ REDFLAGS_RATE_LIMIT_PER_MINUTE: '60', REDFLAGS_RATE_LIMIT_BURST: '20' });
    limiter.take('192.0.2.1');
    advance(10_000);
    limiter.take('192.0.2.2');
    expect(limiter.size()).toBe(2);
    // 60 s on: the sweep runs; 192.0.2.1 idle 60 s (full after 20 s) is forgotten, 192.0.2.2 idle 50 s too.
    advance(50_000);
    limiter.take('192.0.2.3');
    expect(limiter.size()).toBe(1);
  });

  it('forgets any address within two minutes of its last check, even with a slow refill', () => {
    const { limiter, advance } = limiterAt({ REDFLAGS_RATE_LIMIT_PER_MINUTE: '1', REDFLAGS_RATE_LIMIT_BURST: '50' });
    limiter.take('192.0.2.1');
    advance(119_999);
    limiter.take('192.0.2.2');
    expect(limiter.size()).toBe(1);
  });

  it('names the variable and the value it cannot use', () => {
    expect(() => readRateLimitConfig({ REDFLAGS_RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(
      'REDFLAGS_RATE_LIMIT_PER_MINUTE: "lots" is not a positive number; set it to e.g. 60 or unset it',
    );
    expect(() => readRateLimitConfig({ REDFLAGS_RATE_LIMIT_BURST: '0' })).toThrow(
      'REDFLAGS_RATE_LIMIT_BURST: "0" is not a positive number',
    );
    expect(() => readRateLimitConfig({ REDFLAGS_RATE_LIMIT_EXEMPT: '127.0.0.1,localhost' })).toThrow(
      'REDFLAGS_RATE_LIMIT_EXEMPT: "localhost" is not an IP address or CIDR subnet; use e.g. 127.0.0.1,::1',
    );
    expect(() => readRateLimitConfig({ REDFLAGS_RATE_LIMIT_EXEMPT: '10.0.0.0/33' })).toThrow('"10.0.0.0/33"');
  });

  it('defaults to 60 a minute with a burst of 20 and no exemption', () => {
    const config = readRateLimitConfig({});
    expect([config.perMinute, config.burst, config.exempt.rules]).toEqual([60, 20, []]);
  });
});
