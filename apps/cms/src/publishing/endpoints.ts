// Public read-only endpoints: GET /api/bundle (the checker's rule bundle) and GET /api/export
// (all published content for the site build). Both send an ETag and answer If-None-Match with 304.
import type { Endpoint, PayloadRequest } from 'payload';
import { buildRuleBundle, buildSiteContent } from './build-site-content.js';
import { etagOf, matchesIfNoneMatch } from './etag.js';

function jsonWithEtag(req: PayloadRequest, value: unknown): Response {
  const body = JSON.stringify(value);
  const etag = etagOf(body);
  const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
  if (matchesIfNoneMatch(req.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}

function logLeftOut(req: PayloadRequest, leftOut: string[]): void {
  for (const line of leftOut) req.payload.logger.warn(`left out of the published content: ${line}`);
}

export const bundleEndpoint: Endpoint = {
  path: '/bundle',
  method: 'get',
  handler: async (req) => {
    const { bundle, leftOut } = await buildRuleBundle(req.payload);
    logLeftOut(req, leftOut);
    return jsonWithEtag(req, bundle);
  },
};

export const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const { content, leftOut } = await buildSiteContent(req.payload);
    logLeftOut(req, leftOut);
    return jsonWithEtag(req, content);
  },
};
