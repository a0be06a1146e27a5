// The security headers every response carries, in one place: the node server sets them on static
// files and the Astro middleware on on-demand routes; apps/site/README.md repeats them for static hosts.

/**
 * Content-Security-Policy: scripts only from this site, never inline. 'wasm-unsafe-eval' lets pagefind's
 * search and the screenshot reader compile their WebAssembly; it allows no JavaScript eval. Workers fall
 * under script-src too (there is no worker-src), so the screenshot reader's worker must be a file of
 * this site, never a blob: or data: URL.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  // Pagefind's search box sets inline styles; styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** @type {Readonly<Record<string, string>>} */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // Not 'no-referrer': browsers then send "Origin: null" on form posts and Astro's origin check refuses the no-JS checker.
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
});
