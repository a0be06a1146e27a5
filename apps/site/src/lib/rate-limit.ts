// A per-address token bucket for the routes that run the checker on the server (/api/check and the
// no-JS form): each address may burst, then gets `perMinute` checks a minute. Only counters are kept,
// in memory, and forgotten once an address has been idle long enough to refill; never the text.
import { BlockList, isIPv4, isIPv6 } from 'node:net';

export interface RateLimitConfig {
  /** Tokens added per minute (the sustained rate). */
  perMinute: number;
  /** Bucket size: how many checks an address may make at once. */
  burst: number;
  /** Addresses or subnets never limited (e.g. loopback while benchmarking); empty by default. */
  exempt: BlockList;
  /** Cap on the addresses remembered; the least recently seen is forgotten first. */
  maxAddresses: number;
}
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };
export interface RateLimiter {
  take(address: string): RateDecision;
  size(): number;
}

export const DEFAULT_PER_MINUTE = 60;
export const DEFAULT_BURST = 20;
const DEFAULT_MAX_ADDRESSES = 50_000;
/** How often idle addresses are forgotten (the /about page promises "within two minutes"). */
const SWEEP_EVERY_MS = 60_000;

/**
 * Reads REDFLAGS_RATE_LIMIT_PER_MINUTE, REDFLAGS_RATE_LIMIT_BURST and REDFLAGS_RATE_LIMIT_EXEMPT
 * (comma-separated addresses or CIDR subnets). Throws naming the variable when a value is unusable.
 * @example readRateLimitConfig({ REDFLAGS_RATE_LIMIT_EXEMPT: '127.0.0.1,::1' }).exempt.check('127.0.0.1') // true
 */
export function readRateLimitConfig(env: Record<string, string | undefined>): RateLimitConfig {
  return {
    perMinute: positiveNumber(env, 'REDFLAGS_RATE_LIMIT_PER_MINUTE', DEFAULT_PER_MINUTE),
    burst: positiveNumber(env, 'REDFLAGS_RATE_LIMIT_BURST', DEFAULT_BURST),
    exempt: exemptList(env.REDFLAGS_RATE_LIMIT_EXEMPT ?? ''),
    maxAddresses: DEFAULT_MAX_ADDRESSES,
  };
}

/**
 * A limiter; `take(address)` spends one token of that address's bucket. IPv6 addresses share a
 * bucket per /64, since one host usually holds a whole /64.
 * @example createRateLimiter(config).take('203.0.113.9') // { allowed: true }
 */
export function createRateLimiter(config: RateLimitConfig, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = config.perMinute / 60_000;
  // An idle bucket is forgotten once full again, or after a minute at most: with a sweep a minute,
  // an address is forgotten within two minutes of its last check, as /about promises.
  const forgetAfterMs = Math.min(config.burst / refillPerMs, SWEEP_EVERY_MS);
  let sweptAt = now();
  return {
    take(address) {
      const plain = unmapIPv4(address);
      if (config.exempt.check(plain, isIPv6(plain) ? 'ipv6' : 'ipv4')) return { allowed: true };
      const key = bucketKey(plain);
      const time = now();
      if (time - sweptAt >= SWEEP_EVERY_MS) {
        sweptAt = time;
        // Oldest first: stop at the first bucket still refilling.
        for (const [seen, bucket] of buckets) {
          if (time - bucket.at < forgetAfterMs) break;
          buckets.delete(seen);
        }
      }
      const bucket = buckets.get(key) ?? { tokens: config.burst, at: time };
      bucket.tokens = Math.min(config.burst, bucket.tokens + (time - bucket.at) * refillPerMs);
      bucket.at = time;
      // Re-insert so the Map's order is least recently seen first.
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > config.maxAddresses) buckets.delete(buckets.keys().next().value as string);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
    },
    size: () => buckets.size,
  };
}

const SHARED = Symbol.for('redflags.checkRateLimiter');

/**
 * The process's one limiter, configured from the environment: the Astro middleware (no-JS form) and
 * the node server's fast /api/check share it, so both count against the same bucket per address.
 */
export function sharedRateLimiter(): RateLimiter {
  const holder = globalThis as { [SHARED]?: RateLimiter };
  holder[SHARED] ??= createRateLimiter(readRateLimitConfig(process.env));
  return holder[SHARED];
}

function positiveNumber(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name}: "${raw}" is not a positive number; set it to e.g. ${fallback} or unset it`);
  return value;
}

function exemptList(raw: string): BlockList {
  const list = new BlockList();
  for (const entry of raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address = '', prefix] = entry.split('/');
    const type = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : undefined;
    const bits = prefix === undefined ? undefined : Number(prefix);
    if (!type || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= (type === 'ipv4' ? 32 : 128)))) {
      throw new Error(`REDFLAGS_RATE_LIMIT_EXEMPT: "${entry}" is not an IP address or CIDR subnet; use e.g. 127.0.0.1,::1`);
    }
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return list;
}

/** "::ffff:203.0.113.9" (an IPv4 client on a dual-stack socket) → "203.0.113.9". */
function unmapIPv4(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

/** IPv4 as is; IPv6 cut to its /64 network. */
function bucketKey(address: string): string {
  if (!isIPv6(address)) return address;
  const [head = '', tail] = (address.toLowerCase().split('%')[0] ?? '').split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const groups = tail === undefined ? front : [...front, ...Array(8 - front.length - back.length).fill('0'), ...back];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
