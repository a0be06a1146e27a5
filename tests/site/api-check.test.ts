// POST /api/check status codes and the security headers on pages, files and the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMAZON_VOICEMAIL } from './amazon-voicemail.js';
import { assertSecurityHeaders } from './security-headers.js';
import { startSite, type RunningSite } from './site-server.js';

let site: RunningSite;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.stop();
});

const post = (body: string, contentType = 'application/json') =>
  fetch(`${site.url}/api/check`, { method: 'POST', headers: { 'content-type': contentType }, body });

async function inputLimit(): Promise<number> {
  const html = await (await fetch(`${site.url}/check/`)).text();
  const bundleUrl = /data-bundle-url="([^"]+)"/.exec(html)?.[1];
  const bundle = (await (await fetch(site.url + bundleUrl)).json()) as { settings: { inputLimit: number } };
  return bundle.settings.inputLimit;
}

describe('POST /api/check', () => {
  it('returns the CheckResult for {"text"}', async () => {
    const response = await post(JSON.stringify({ text: AMAZON_VOICEMAIL }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const result = (await response.json()) as { level: string; findings: { guides: { slug: string }[] }[]; inputLength: number };
    expect(result.level).toBe('high');
    expect(result.inputLength).toBe(AMAZON_VOICEMAIL.length);
    expect(result.findings.flatMap((f) => f.guides.map((g) => g.slug))).toContain('amazon-fraud-prevention-call');
  });

  it('groups the findings by warning sign in the additive `signs` field, each finding in exactly one sign', async () => {
    const result = (await (await post(JSON.stringify({ text: AMAZON_VOICEMAIL }))).json()) as {
      findings: { ruleId: string }[];
      signs: { id: string; title: string; severity: string; findings: { ruleId: string }[]; spans: unknown[] }[];
    };
    expect(result.signs.length).toBeGreaterThan(0);
    expect(result.signs.length).toBeLessThanOrEqual(5);
    expect(result.signs.length).toBeLessThan(result.findings.length);
    expect(result.signs.flatMap((s) => s.findings.map((f) => f.ruleId)).sort()).toEqual(result.findings.map((f) => f.ruleId).sort());
    expect(new Set(result.signs.map((s) => s.id)).size).toBe(result.signs.length);
    expect(result.signs[0]!.severity).toBe('strong');
  });

  it('sends its answers with a Content-Length, not chunked (cheaper for server and client under load)', async () => {
    for (const body of [JSON.stringify({ text: AMAZON_VOICEMAIL }), '{"text": ']) {
      const response = await post(body);
      const text = await response.text();
      expect(response.headers.get('transfer-encoding'), body).toBeNull();
      expect(Number(response.headers.get('content-length')), body).toBe(Buffer.byteLength(text));
    }
  });

  it('answers 400 with a JSON message for malformed JSON, missing, wrong-typed or empty text', async () => {
    for (const body of ['{"text": ', '{}', '{"text": 42}', '{"text": ""}', '{"text": "  \\n "}']) {
      const response = await post(body);
      expect(response.status, body).toBe(400);
      expect(((await response.json()) as { error: string }).error, body).toMatch(/text|JSON/);
    }
  });

  it('answers 413 just over the input limit and 200 at it', async () => {
    const limit = await inputLimit();
    expect((await post(JSON.stringify({ text: 'a'.repeat(limit + 1) }))).status).toBe(413);
    expect((await post(JSON.stringify({ text: 'a'.repeat(limit) }))).status).toBe(200);
  });

  it('answers 413 for a body of several megabytes', async () => {
    const response = await post(JSON.stringify({ text: 'a'.repeat(5_000_000) }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toContain('longer than');
  });

  it('answers 415 for a content type other than JSON', async () => {
    const response = await post('<text>hi</text>', 'application/xml');
    expect(response.status).toBe(415);
    expect(((await response.json()) as { error: string }).error).toContain('application/json');
  });

  it('never writes the checked text to the server log, from the API or the no-JS form', async () => {
    const marker = `privacy-marker-${Date.now()}-press 1 now`;
    expect((await post(JSON.stringify({ text: marker }))).status).toBe(200);
    expect((await post(JSON.stringify({ text: marker, extra: '{' }).slice(0, -2))).status).toBe(400);
    const form = await fetch(`${site.url}/check/result/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site.url },
      body: new URLSearchParams({ text: marker }).toString(),
    });
    expect(form.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(site.log()).not.toContain('privacy-marker');
  });

  it('answers 405 with a JSON message for GET', async () => {
    const response = await fetch(`${site.url}/api/check`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});

describe('security headers', () => {
  const paths = ['/', '/guides/amazon-fraud-prevention-call/', '/check/', '/rss.xml', '/does-not-exist/'];
  it.each(paths)('are on %s', async (path) => {
    const response = await fetch(site.url + path);
    assertSecurityHeaders(response.headers);
  });

  it('are on /api/check answers, good and bad', async () => {
    assertSecurityHeaders((await post(JSON.stringify({ text: 'hello there' }))).headers);
    assertSecurityHeaders((await post('nope', 'text/csv')).headers);
  });

  it('are on the checker’s JavaScript and the bundle', async () => {
    const html = await (await fetch(`${site.url}/check/`)).text();
    for (const path of [/data-bundle-url="([^"]+)"/.exec(html)?.[1], /<script type="module" src="([^"]+)"/.exec(html)?.[1]]) {
      expect(path).toBeTruthy();
      assertSecurityHeaders((await fetch(site.url + path)).headers);
    }
  });

  it('serve the 404 page with status 404', async () => {
    const response = await fetch(`${site.url}/guides/no-such-guide/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });
});
