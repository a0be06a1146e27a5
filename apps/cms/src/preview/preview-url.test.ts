import { verifyPreviewToken } from '@redflags/schema';
import type { PayloadRequest } from 'payload';
import { afterEach, describe, expect, it } from 'vitest';
import { previewUrlFor } from './preview-url.js';

const SECRET = 'preview-secret-for-tests-only';
const HOUR = 3_600_000;
const now = Date.parse('2026-12-02T10:20:00Z');

function request(headers: Record<string, string>, serverURL = ''): PayloadRequest {
  return { payload: { config: { serverURL } }, headers: new Headers(headers) } as unknown as PayloadRequest;
}

async function claimsOf(url: string | null) {
  const key = new URL(url!).searchParams.get('key')!;
  const check = await verifyPreviewToken(key, SECRET, now);
  if (!check.ok) throw new Error(check.reason);
  return check.claims;
}

afterEach(() => {
  delete process.env.REDFLAGS_PREVIEW_SECRET;
  delete process.env.REDFLAGS_SITE_URL;
});

describe('previewUrlFor', () => {
  it('is null (no Preview button) when no secret is set, or the document is not saved yet', async () => {
    expect(await previewUrlFor('guides', 7, request({ host: 'localhost:3000' }), now)).toBeNull();
    process.env.REDFLAGS_PREVIEW_SECRET = SECRET;
    expect(await previewUrlFor('guides', undefined, request({ host: 'localhost:3000' }), now)).toBeNull();
  });

  it('is null, and says why in the log, when the secret is too short to sign with', async () => {
    process.env.REDFLAGS_PREVIEW_SECRET = 'short';
    const logged: string[] = [];
    const req = {
      payload: { config: { serverURL: '' }, logger: { error: (line: string) => logged.push(line) } },
      headers: new Headers({ host: 'localhost:3000' }),
    } as unknown as PayloadRequest;
    expect(await previewUrlFor('guides', 7, req, now)).toBeNull();
    expect(logged).toEqual(['no preview link for guides/7: the preview secret must be at least 16 characters (REDFLAGS_PREVIEW_SECRET)']);
  });

  it('points at the site’s preview route with a key for this document and the admin the editor uses', async () => {
    process.env.REDFLAGS_PREVIEW_SECRET = SECRET;
    process.env.REDFLAGS_SITE_URL = 'https://redflags.example.org';
    const url = await previewUrlFor('rules', 12, request({ origin: 'https://cms.example.org' }), now);
    expect(url).toMatch(/^https:\/\/redflags\.example\.org\/preview\/rules\/12\/\?key=[\w-]+\.[\w-]+$/);
    expect(await claimsOf(url)).toEqual({
      collection: 'rules',
      id: '12',
      adminOrigin: 'https://cms.example.org',
      expiresAt: Date.parse('2026-12-03T11:00:00Z'),
    });
  });

  it('takes the admin origin from REDFLAGS_CMS_URL when set, else from the Host the browser used', async () => {
    process.env.REDFLAGS_PREVIEW_SECRET = SECRET;
    expect((await claimsOf(await previewUrlFor('guides', 7, request({ host: 'localhost:3000' }), now))).adminOrigin).toBe(
      'http://localhost:3000',
    );
    expect(
      (await claimsOf(await previewUrlFor('guides', 7, request({ host: 'cms.internal', 'x-forwarded-proto': 'https' }), now))).adminOrigin,
    ).toBe('https://cms.internal');
    expect(
      (await claimsOf(await previewUrlFor('guides', 7, request({ host: 'localhost:3000' }, 'https://cms.example.org'), now))).adminOrigin,
    ).toBe('https://cms.example.org');
  });

  it('stays the same address within the hour, so the live preview does not reload on every autosave', async () => {
    process.env.REDFLAGS_PREVIEW_SECRET = SECRET;
    const req = request({ host: 'localhost:3000' });
    expect(await previewUrlFor('guides', 7, req, now)).toBe(await previewUrlFor('guides', 7, req, now + 30 * 60_000));
    expect(await previewUrlFor('guides', 7, req, now)).not.toBe(await previewUrlFor('guides', 7, req, now + HOUR));
  });
});
