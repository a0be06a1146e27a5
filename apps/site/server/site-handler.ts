// Loading a built site's request handler and wrapping it with the headers every response carries.
// Shared by serve.ts (one fixed build) and live-site.ts (the build swapped in on publish).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FRAMING_HEADERS, isPreviewPath } from '../src/preview/preview-headers.mjs';
import { SECURITY_HEADERS } from '../src/security-headers.mjs';
import { createApiCheckHandler } from './api-check-handler.ts';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Imports `<buildDir>/server/entry.mjs` without starting its own server, and returns its handler,
 * with /api/check answered first by the fast path (api-check-handler.ts) on that build's bundle.
 */
export async function loadBuildHandler(buildDir: string): Promise<RequestHandler> {
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const entry = (await import(pathToFileURL(resolve(buildDir, 'server/entry.mjs')).href)) as { handler?: unknown };
  if (typeof entry.handler !== 'function') throw new Error(`${buildDir}/server/entry.mjs exports no handler`);
  const astro = entry.handler as RequestHandler;
  const apiCheck = createApiCheckHandler(resolve(buildDir));
  return (request, response) => {
    if (!apiCheck(request, response)) astro(request, response);
  };
}

/**
 * Sets the security headers (static files too, which Astro's middleware never sees) and the
 * bundle's long cache, then hands the request to the handler `current()` returns.
 */
export function withSiteHeaders(current: () => RequestHandler | undefined): RequestHandler {
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
