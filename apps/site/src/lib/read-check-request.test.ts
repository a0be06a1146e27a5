import { describe, expect, it } from 'vitest';
import { readCheckRequest } from './read-check-request.ts';

const post = (body: string, contentType = 'application/json') =>
  new Request('http://site.test/api/check', { method: 'POST', body, headers: { 'content-type': contentType } });

describe('readCheckRequest', () => {
  it('accepts {"text"} as JSON, with a charset parameter', async () => {
    expect(await readCheckRequest(post('{"text":"press 1 now"}', 'application/json; charset=utf-8'), 100)).toEqual({
      ok: true,
      text: 'press 1 now',
    });
  });

  it('answers 415 for another content type', async () => {
    const result = await readCheckRequest(post('text=hi', 'application/x-www-form-urlencoded'), 100);
    expect(result).toMatchObject({ ok: false, status: 415 });
  });

  it('answers 400 for malformed JSON', async () => {
    expect(await readCheckRequest(post('{"text": '), 100)).toMatchObject({
      ok: false,
      status: 400,
      error: expect.stringContaining('not valid JSON'),
    });
  });

  it('answers 400 when text is missing, not a string or empty', async () => {
    for (const body of ['{}', '[]', 'null', '{"text": 5}', '{"text": "   "}']) {
      expect(await readCheckRequest(post(body), 100), body).toMatchObject({ ok: false, status: 400 });
    }
  });

  it('answers 413 when the text is over the input limit', async () => {
    expect(await readCheckRequest(post(JSON.stringify({ text: 'a'.repeat(101) })), 100)).toMatchObject({ ok: false, status: 413 });
    expect(await readCheckRequest(post(JSON.stringify({ text: 'a'.repeat(100) })), 100)).toEqual({ ok: true, text: 'a'.repeat(100) });
  });

  it('answers 413 for a huge body without reading all of it', async () => {
    expect(await readCheckRequest(post(`{"text":"${'a'.repeat(100_000)}"}`), 100)).toMatchObject({ ok: false, status: 413 });
  });

  it('keeps multi-byte characters intact across chunks', async () => {
    const text = 'Café “quoted” 🎁 — ünïcödé';
    expect(await readCheckRequest(post(JSON.stringify({ text })), 100)).toEqual({ ok: true, text });
  });
});
