// Loading a built site's request handler and wrapping it with the headers every response carries.
// Shared by serve.mjs (one fixed build) and live-site.mjs (the build swapped in on publish).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FRAMING_HEADERS, isPreviewPath } from '../src/preview/preview-headers.mjs';
import { SECURITY_HEADERS } from '../src/security-headers.mjs';
import { createApiCheckHandler } from './api-check-handler.mjs';

/** @typedef {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void} RequestHandler */

/**
 * Imports `<buildDir>/server/entry.mjs` without starting its own server, and returns its handler,
 * with POST /api/check answered first by the fast path (api-check-handler.mjs) on that build's bundle.
 */
export async function loadBuildHandler(buildDir) {
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const entry = await import(pathToFileURL(resolve(buildDir, 'server/entry.mjs')).href);
  if (typeof entry.handler !== 'function') throw new Error(`${buildDir}/server/entry.mjs exports no handler`);
  const astro = /** @type {RequestHandler} */ (entry.handler);
  const apiCheck = createApiCheckHandler(resolve(buildDir));
  return /** @type {RequestHandler} */ ((request, response) => {
    if (!apiCheck(request, response)) astro(request, response);
  });
}

/**
 * Sets the security headers (static files too, which Astro's middleware never sees) and the
 * bundle's long cache, then hands the request to the handler `current()` returns.
 * @param {() => RequestHandler | undefined} current
 * @returns {RequestHandler}
 */
export function withSiteHeaders(current) {
  const headers = Object.entries(SECURITY_HEADERS);
  // On a draft preview the middleware sets the framing headers, for the admin the link names.
  const previewHeaders = headers.filter(([name]) => !FRAMING_HEADERS.includes(name));
  return (request, response) => {
    for (const [name, value] of isPreviewPath(request.url ?? '') ? previewHeaders : headers) response.setHeader(name, value);
    // The rule bundle's name carries its hash, so it never changes under that name.
    if (request.url?.startsWith('/bundle/rules.')) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    const handler = current();
    if (handler) return handler(request, response);
    response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '10' });
    response.end('Redflags is building the site for the first time. Try again in a few seconds.\n');
  };
}
