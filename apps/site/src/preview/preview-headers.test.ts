import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../security-headers.mjs';
import { isPreviewPath, previewHeaders } from './preview-headers.mjs';

describe('isPreviewPath', () => {
  it('matches the two preview routes only', () => {
    expect(
      ['/preview/guides/7/', '/preview/guides/7', '/preview/rules/12/?key=abc', '/preview/rules/12?key=abc'].every(isPreviewPath),
    ).toBe(true);
    expect(
      ['/preview/', '/preview/pages/1/', '/preview/guides/', '/preview/guides/7/extra', '/guides/preview/guides/7/'].some(isPreviewPath),
    ).toBe(false);
  });
});

describe('previewHeaders', () => {
  it('let the admin the link names, and nobody else, frame the preview; never indexed or cached', () => {
    const headers = previewHeaders('https://cms.example.org');
    expect(headers['Content-Security-Policy']).toBe(
      CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", 'frame-ancestors https://cms.example.org'),
    );
    expect(headers['X-Frame-Options']).toBeUndefined();
    expect(headers).toMatchObject({
      'X-Robots-Tag': 'noindex, nofollow',
      'Cache-Control': 'private, no-store',
      'Cross-Origin-Opener-Policy': 'unsafe-none',
    });
  });

  it('keep every other page’s framing rules when no link was verified', () => {
    expect(previewHeaders(undefined)).toEqual({
      ...SECURITY_HEADERS,
      'X-Robots-Tag': 'noindex, nofollow',
      'Cache-Control': 'private, no-store',
    });
  });
});
