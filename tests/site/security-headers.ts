// The security headers every response must carry (apps/site/src/security-headers.mjs), asserted in one place.
import { expect } from 'vitest';

/** CSP without inline scripts and with frame-ancestors 'none', nosniff, a referrer policy and DENY framing. */
export function assertSecurityHeaders(headers: Headers, where = ''): void {
  const csp = headers.get('content-security-policy') ?? '';
  const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
  expect(scriptSrc, where).toContain("'self'");
  expect(scriptSrc, where).not.toContain('unsafe-inline');
  expect(scriptSrc, where).not.toContain("'unsafe-eval'");
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toContain("object-src 'none'");
  expect(headers.get('x-content-type-options'), where).toBe('nosniff');
  expect(headers.get('referrer-policy'), where).toBe('same-origin');
  expect(headers.get('x-frame-options'), where).toBe('DENY');
}
