import type { Checker } from '@redflags/engine';
import { describe, expect, it, vi } from 'vitest';
import { answerCheckApi, jsonReply, type CheckApiRequest, type CheckService } from './check-api.ts';
import type { RateDecision } from './rate-limit.ts';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

/** A POST of `body`; the reader hands it back whole, as both servers do for a body within the limit. */
const post = (body: string, overrides: Partial<CheckApiRequest> = {}): CheckApiRequest => ({
  method: 'POST',
  address: '203.0.113.9',
  contentType: 'application/json',
  contentLength: String(Buffer.byteLength(body)),
  readBody: async () => body,
  ...overrides,
});

/** A service whose checker echoes the text's length, and whose limiter gives the decisions listed, then allows. */
function service(
  decisions: RateDecision[] = [],
  check: (text: string) => unknown = (text) => ({ level: 'none', inputLength: text.length }),
): CheckService & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    checker: { check } as unknown as Checker,
    inputLimit: 100,
    limiter: {
      take: (address) => {
        asked.push(address);
        return decisions.shift() ?? { allowed: true };
      },
      size: () => asked.length,
    },
  };
}

describe('answerCheckApi', () => {
  it('answers {"text"} with the checker’s result as uncached JSON', async () => {
    expect(await answerCheckApi(post('{"text":"press 1 now"}'), service())).toEqual({
      status: 200,
      headers: JSON_HEADERS,
      body: '{"level":"none","inputLength":11}',
    });
  });

  it('answers 405 naming POST for any other method, without spending the address’s checks', async () => {
    const checks = service();
    expect(await answerCheckApi(post('', { method: 'GET' }), checks)).toEqual({
      status: 405,
      headers: { ...JSON_HEADERS, allow: 'POST' },
      body: JSON.stringify({ error: 'use POST with a JSON body {"text": "…"}' }),
    });
    expect(checks.asked).toEqual([]);
  });

  it('answers 429 with Retry-After past the rate limit, without reading the body', async () => {
    let read = false;
    const readBody = async () => {
      read = true;
      return '{"text":"hi"}';
    };
    const reply = await answerCheckApi(post('{"text":"hi"}', { readBody }), service([{ allowed: false, retryAfterSeconds: 7 }]));
    expect(reply).toEqual({
      status: 429,
      headers: { ...JSON_HEADERS, 'retry-after': '7' },
      body: JSON.stringify({ error: 'too many checks from your address; wait 7 seconds and try again' }),
    });
    expect(read).toBe(false);
  });

  it('rate-limits by the client’s address', async () => {
    const checks = service();
    await answerCheckApi(post('{"text":"hi"}', { address: '2001:db8::1' }), checks);
    expect(checks.asked).toEqual(['2001:db8::1']);
  });

  it('answers the reader’s 4xx with its message', async () => {
    expect(await answerCheckApi(post('{"text": '), service())).toEqual({
      status: 400,
      headers: JSON_HEADERS,
      body: JSON.stringify({ error: 'the body is not valid JSON; send {"text": "the message to check"}' }),
    });
    expect((await answerCheckApi(post('text=hi', { contentType: 'text/plain' }), service())).status).toBe(415);
    expect((await answerCheckApi(post(JSON.stringify({ text: 'a'.repeat(101) })), service())).status).toBe(413);
  });

  it('answers 500 when the checker throws, logging the failure but never the text', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = await answerCheckApi(
      post('{"text":"a secret"}'),
      service([], () => {
        throw new Error('a secret');
      }),
    );
    expect(reply).toEqual({ status: 500, headers: JSON_HEADERS, body: JSON.stringify({ error: 'the checker failed; try again later' }) });
    expect(logged.mock.calls).toEqual([['POST /api/check failed inside the checker']]);
    logged.mockRestore();
  });
});

describe('jsonReply', () => {
  it('adds headers after the JSON ones', () => {
    expect(jsonReply(202, { queued: true }, { 'retry-after': '1' })).toEqual({
      status: 202,
      headers: { ...JSON_HEADERS, 'retry-after': '1' },
      body: '{"queued":true}',
    });
  });
});
