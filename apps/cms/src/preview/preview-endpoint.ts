// GET /api/preview/:collection/:id — a guide's or rule's newest version for the site's preview
// route, for the site only: it must send the secret the two share (REDFLAGS_PREVIEW_SECRET) as
// `Authorization: Bearer …`. Editors never call it; the site checks their signed link first.
import { createHash, timingSafeEqual } from 'node:crypto';
import { PreviewCollection } from '@redflags/schema';
import type { Endpoint } from 'payload';
import { buildGuidePreview } from './guide-preview.js';
import { buildRulePreview } from './rule-preview.js';

const NO_STORE = { 'Cache-Control': 'no-store' };

export const previewEndpoint: Endpoint = {
  path: '/preview/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const secret = process.env.REDFLAGS_PREVIEW_SECRET;
    if (!secret)
      return Response.json(
        { error: 'previews are off: set REDFLAGS_PREVIEW_SECRET on the CMS and the site' },
        { status: 404, headers: NO_STORE },
      );
    if (!bearerIs(req.headers.get('authorization'), secret)) {
      return Response.json(
        { error: 'this endpoint is for the site: send the shared preview secret as "Authorization: Bearer <secret>"' },
        { status: 401, headers: NO_STORE },
      );
    }
    const collection = PreviewCollection.safeParse(req.routeParams?.collection);
    const id = String(req.routeParams?.id ?? '');
    if (!collection.success) return Response.json({ error: 'only guides and rules have previews' }, { status: 404, headers: NO_STORE });
    const preview = collection.data === 'guides' ? await buildGuidePreview(req.payload, id) : await buildRulePreview(req.payload, id);
    if (!preview)
      return Response.json(
        { error: `there is no ${collection.data === 'guides' ? 'guide' : 'rule'} with id ${id}` },
        { status: 404, headers: NO_STORE },
      );
    return Response.json(preview, { headers: NO_STORE });
  },
};

/** Compares digests, so the time taken says nothing about how much of the secret matched. */
function bearerIs(header: string | null, secret: string): boolean {
  const given = /^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '';
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return given !== '' && timingSafeEqual(digest(given), digest(secret));
}
