import { signPreviewToken, type PreviewClaims } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { readPreview } from './read-preview.js';

const SECRET = 'preview-secret-for-tests-only';
const now = Date.parse('2026-12-02T10:00:00Z');
const claims: PreviewClaims = { collection: 'guides', id: '7', adminOrigin: 'http://localhost:3000', expiresAt: now + 60_000 };
const env = { REDFLAGS_PREVIEW_SECRET: SECRET, REDFLAGS_CONTENT: 'http://127.0.0.1:3000' };
const guide = {
  slug: 'draft-guide',
  title: 'Is that draft call a scam?',
  shortAnswer: '',
  scenario: { root: { type: 'root', children: [] } },
  variants: [],
  redFlags: [],
  steps: [{ step: 'Hang up.' }],
  faq: [],
  channels: ['call'],
  kinds: [],
  brands: [],
  relatedRules: [],
  relatedGuides: [],
  seo: {},
  publishedAt: '',
};
const draft = { collection: 'guides', id: '7', status: 'draft', problems: [{ field: 'shortAnswer', message: 'must not be empty' }], guide };

/** A fetch that records what it was asked and answers `status` with `body`. */
function cms(status: number, body: unknown = draft) {
  const asked: { url: string; authorization: string | null }[] = [];
  const fetchImpl = (async (url: URL, init: RequestInit) => {
    asked.push({ url: String(url), authorization: new Headers(init.headers).get('authorization') });
    return new Response(JSON.stringify(body), { status });
  }) as unknown as typeof fetch;
  return { asked, fetch: fetchImpl };
}

describe('readPreview', () => {
  it('asks the CMS for the document its key opens, with the shared secret, and returns the draft', async () => {
    const key = await signPreviewToken(claims, SECRET);
    const server = cms(200);
    const outcome = await readPreview('guides', '7', key, { env, fetch: server.fetch, now });
    expect(server.asked).toEqual([{ url: 'http://127.0.0.1:3000/api/preview/guides/7', authorization: `Bearer ${SECRET}` }]);
    expect(outcome).toMatchObject({
      ok: true,
      adminOrigin: 'http://localhost:3000',
      preview: { guide: { title: 'Is that draft call a scam?' } },
    });
  });

  it('answers 401 without asking the CMS when the key is missing, forged, expired or for another document', async () => {
    const server = cms(200);
    const forged = await signPreviewToken(claims, 'someone-elses-secret-value');
    const expired = await signPreviewToken({ ...claims, expiresAt: now - 1 }, SECRET);
    const other = await signPreviewToken({ ...claims, id: '8' }, SECRET);
    const otherCollection = await signPreviewToken({ ...claims, collection: 'rules' }, SECRET);
    for (const key of [null, '', 'nonsense', forged, expired, other, otherCollection]) {
      const outcome = await readPreview('guides', '7', key, { env, fetch: server.fetch, now });
      expect(outcome, String(key)).toMatchObject({ ok: false, status: 401 });
    }
    expect(server.asked).toEqual([]);
  });

  it('answers 404 when the CMS has no such document', async () => {
    const key = await signPreviewToken(claims, SECRET);
    expect(await readPreview('guides', '7', key, { env, fetch: cms(404, { error: 'no' }).fetch, now })).toEqual({
      ok: false,
      status: 404,
      adminOrigin: 'http://localhost:3000',
      message: 'There is no guide 7 in the CMS: it may have been deleted.',
    });
  });

  it('explains a CMS that refuses the secret, is down, or answers something else (502)', async () => {
    const key = await signPreviewToken(claims, SECRET);
    const down = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    expect(await readPreview('guides', '7', key, { env, fetch: cms(401).fetch, now })).toMatchObject({
      status: 502,
      message: expect.stringContaining('must be the same on the site and the CMS'),
    });
    expect(await readPreview('guides', '7', key, { env, fetch: down, now })).toMatchObject({
      status: 502,
      message: expect.stringContaining('could not be reached at http://127.0.0.1:3000 (fetch failed)'),
    });
    expect(await readPreview('guides', '7', key, { env, fetch: cms(200, { collection: 'rules' }).fetch, now })).toMatchObject({
      status: 502,
    });
  });

  it('answers 503 when previews are not set up', async () => {
    const key = await signPreviewToken(claims, SECRET);
    expect(await readPreview('guides', '7', key, { env: {}, now })).toMatchObject({ ok: false, status: 503 });
    expect(await readPreview('guides', '7', key, { env: { ...env, REDFLAGS_PREVIEW_SECRET: 'short' }, now })).toMatchObject({
      ok: false,
      status: 503,
    });
    expect(
      await readPreview('guides', '7', key, { env: { REDFLAGS_PREVIEW_SECRET: SECRET, REDFLAGS_CONTENT: './fixtures/content' }, now }),
    ).toMatchObject({ ok: false, status: 503 });
  });
});
