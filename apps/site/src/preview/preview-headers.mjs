// The headers of the draft preview routes (/preview/guides/:id/, /preview/rules/:id/): never
// indexed or cached, and framed only by the admin whose signed link opened them — everyone else
// keeps `frame-ancestors 'none'`. The node server leaves framing to the Astro middleware on these
// paths, which knows the admin's origin once the link is verified.
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../security-headers.mjs';

/** The on-demand preview routes (and only them: any other /preview/… path is a static 404). */
export const PREVIEW_PATH = /^\/preview\/(?:guides|rules)\/[^/?#]+\/?(?:[?#]|$)/;

/** The headers the node server must not set on a preview route: the middleware decides them. */
export const FRAMING_HEADERS = Object.freeze(['Content-Security-Policy', 'X-Frame-Options', 'Cross-Origin-Opener-Policy']);

/** @param {string} path  a request path, with or without its query */
export function isPreviewPath(path) {
  return PREVIEW_PATH.test(path);
}

/**
 * Headers for a preview response. With `adminOrigin` (a verified link), that origin may frame it
 * and, as Payload's live-preview pop-out window, keep its opener; without, nothing may frame it.
 * @param {string | undefined} adminOrigin
 * @returns {Record<string, string>}
 * @example previewHeaders('https://cms.example.org')['Content-Security-Policy'] // "… frame-ancestors https://cms.example.org"
 */
export function previewHeaders(adminOrigin) {
  const common = { 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'private, no-store' };
  if (!adminOrigin) return { ...SECURITY_HEADERS, ...common };
  const { 'X-Frame-Options': _denied, ...rest } = SECURITY_HEADERS;
  return {
    ...rest,
    ...common,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", `frame-ancestors ${adminOrigin}`),
    'Cross-Origin-Opener-Policy': 'unsafe-none',
  };
}
