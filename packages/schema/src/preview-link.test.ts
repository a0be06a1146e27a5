import { describe, expect, it } from 'vitest';
import { adminOriginOf, signPreviewToken, verifyPreviewToken, type PreviewClaims } from './preview-link.js';

const secret = 'a-shared-secret-of-some-length';
const now = Date.parse('2026-12-02T10:00:00Z');
const claims: PreviewClaims = { collection: 'guides', id: '42', adminOrigin: 'http://localhost:3000', expiresAt: now + 60_000 };

describe('preview tokens', () => {
  it('open the document they were signed for, with its admin origin', async () => {
    const token = await signPreviewToken(claims, secret);
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(await verifyPreviewToken(token, secret, now)).toEqual({ ok: true, claims });
  });

  it('keep only the origin of the admin address they are given', async () => {
    const token = await signPreviewToken({ ...claims, adminOrigin: 'https://cms.example.org/admin/collections/guides/42' }, secret);
    const check = await verifyPreviewToken(token, secret, now);
    expect(check.ok && check.claims.adminOrigin).toBe('https://cms.example.org');
  });

  it('are refused when another secret signed them', async () => {
    const token = await signPreviewToken(claims, 'another-secret-of-some-length');
    expect(await verifyPreviewToken(token, secret, now)).toEqual({
      ok: false,
      reason: 'the preview key was not made by this CMS (or the shared secret changed)',
    });
  });

  it('are refused when their claims were changed after signing', async () => {
    const token = await signPreviewToken(claims, secret);
    const other = await signPreviewToken({ ...claims, id: '43' }, secret);
    const forged = `${other.split('.')[0]}.${token.split('.')[1]}`;
    expect((await verifyPreviewToken(forged, secret, now)).ok).toBe(false);
  });

  it('are refused once expired', async () => {
    const token = await signPreviewToken(claims, secret);
    expect(await verifyPreviewToken(token, secret, claims.expiresAt)).toEqual({ ok: false, reason: 'the preview link has expired' });
  });

  it.each(['', 'abc', 'a.b.c', '!!.??', 'e30.AAAA'])('refuse the malformed key %j without throwing', async (token) => {
    expect((await verifyPreviewToken(token, secret, now)).ok).toBe(false);
  });

  it('refuse to sign for an origin that is not http(s) or with a short secret', async () => {
    await expect(signPreviewToken({ ...claims, adminOrigin: 'javascript:alert(1)' }, secret)).rejects.toThrow('is not an http(s) origin');
    await expect(signPreviewToken(claims, 'short')).rejects.toThrow('at least 16 characters');
  });
});

describe('adminOriginOf', () => {
  it('keeps scheme, host and port of http(s) addresses only', () => {
    expect(adminOriginOf('http://127.0.0.1:3000/admin')).toBe('http://127.0.0.1:3000');
    expect(adminOriginOf('ftp://example.org')).toBeUndefined();
    expect(adminOriginOf('not a url')).toBeUndefined();
  });
});
