// Rate limiting of the server-side checker (POST /api/check and the no-JS form): one flooding
// address gets 429s with Retry-After, another address is unaffected, and loopback is not exempt
// unless the configuration says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type RunningSite } from '../site/site-server.js';
import { rawRequest } from './raw-request.js';

const BURST = 5;
let site: RunningSite;
beforeAll(async () => {
  site = await startSite({ REDFLAGS_RATE_LIMIT_PER_MINUTE: '6', REDFLAGS_RATE_LIMIT_BURST: String(BURST) });
});
afterAll(async () => {
  await site?.stop();
});

const check = (text: string, localAddress: string) =>
  rawRequest(`${site.url}/api/check`, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }), localAddress });

describe('rate limit on the server-side checker', () => {
  it('answers 429 with a JSON error and Retry-After once one address has used its burst', async () => {
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof check>> | undefined;
    for (let i = 0; i < BURST + 5; i++) {
      const response = await check(`flood ${i}: your parcel is waiting, pay the fee`, '127.0.0.3');
      statuses.push(response.status);
      if (response.status === 429) limited ??= response;
    }
    console.log(`flood from 127.0.0.3: ${statuses.join(' ')}`);
    expect(statuses).toEqual([...Array<number>(BURST).fill(200), ...Array<number>(5).fill(429)]);
    // 6 a minute: one token every 10 s, so the wait is at most 10 s.
    const retryAfter = Number(limited?.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(10);
    expect(limited?.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(limited?.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(limited?.body ?? '{}')).toEqual({
      error: `too many checks from your address; wait ${retryAfter} seconds and try again`,
    });
  });

  it('leaves another address unaffected while the first is limited', async () => {
    expect((await check('still limited?', '127.0.0.3')).status).toBe(429);
    const other = await check('a different client checking a message', '127.0.0.4');
    expect(other.status).toBe(200);
    expect(JSON.parse(other.body)).toMatchObject({ level: expect.any(String) });
  });

  it('counts the no-JS form in the same bucket and explains the wait on the page', async () => {
    const form = (localAddress: string) =>
      rawRequest(`${site.url}/check/result/`, {
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site.url },
        body: new URLSearchParams({ text: 'press 1 to speak to an agent' }).toString(),
        localAddress,
      });
    const limited = await form('127.0.0.3');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toMatch(/^([1-9]|10)$/);
    expect(limited.headers['cache-control']).toBe('no-store');
    expect(limited.body).toContain('Too many checks from your address in a short time.');
    expect(limited.body).not.toContain('class="result"');
    const statuses: number[] = [];
    for (let i = 0; i < BURST + 1; i++) statuses.push((await form('127.0.0.5')).status);
    expect(statuses).toEqual([...Array<number>(BURST).fill(200), 429]);
  });

  it('limits loopback (127.0.0.1) too: only REDFLAGS_RATE_LIMIT_EXEMPT exempts an address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < BURST + 1; i++) statuses.push((await check('loopback is not a hole', '127.0.0.1')).status);
    expect(statuses.at(-1)).toBe(429);
  });

  it('never writes the checked text to the log when it refuses', () => {
    expect(site.log()).not.toMatch(/flood \d|press 1 to speak|loopback is not a hole/);
  });
});
