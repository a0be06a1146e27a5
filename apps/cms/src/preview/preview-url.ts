// Where the site shows a draft: the preview address Payload's "Preview" button opens and its live
// preview frames, signed for the admin that asks (see @redflags/schema preview-link). No address,
// which hides both, when REDFLAGS_PREVIEW_SECRET is not set.
import { signPreviewToken, type PreviewCollection } from '@redflags/schema';
import type { CollectionAdminOptions, PayloadRequest } from 'payload';

const HOUR_MS = 60 * 60 * 1000;
/** How long a preview link opens its draft. */
export const PREVIEW_LINK_HOURS = 24;

/**
 * The preview address of document `id`, or null when previews are off or the document is not saved yet.
 * Expiry is rounded to the hour so the live preview's address stays the same between autosaves.
 * @example await previewUrlFor('guides', 7, req) // "http://localhost:4321/preview/guides/7/?key=eyJj…"
 */
export async function previewUrlFor(
  collection: PreviewCollection,
  id: unknown,
  req: PayloadRequest,
  now = Date.now(),
): Promise<string | null> {
  const secret = process.env.REDFLAGS_PREVIEW_SECRET;
  if (!secret || (typeof id !== 'string' && typeof id !== 'number') || String(id) === '') return null;
  const adminOrigin = adminOriginFor(req);
  if (!adminOrigin) return null;
  const expiresAt = (Math.floor(now / HOUR_MS) + 1 + PREVIEW_LINK_HOURS) * HOUR_MS;
  let key: string;
  try {
    key = await signPreviewToken({ collection, id: String(id), adminOrigin, expiresAt }, secret);
  } catch (error) {
    // A secret that is too short: no preview rather than a broken editor page.
    req.payload.logger.error(`no preview link for ${collection}/${String(id)}: ${(error as Error).message}`);
    return null;
  }
  const url = new URL(`preview/${collection}/${encodeURIComponent(String(id))}/`, siteUrl());
  url.searchParams.set('key', key);
  return url.href;
}

/** The admin options that give a collection its "Preview" button and live preview. */
export function draftPreview(collection: PreviewCollection): Pick<CollectionAdminOptions, 'preview' | 'livePreview'> {
  return {
    preview: (doc, { req }) => previewUrlFor(collection, doc.id, req),
    livePreview: { url: ({ data, req }) => previewUrlFor(collection, data.id, req) },
  };
}

/** The site's public address (REDFLAGS_SITE_URL, as the site's own build reads it), ending in "/". */
function siteUrl(): string {
  const address = process.env.REDFLAGS_SITE_URL ?? 'http://localhost:4321';
  return address.endsWith('/') ? address : `${address}/`;
}

/**
 * The admin's origin as the editor's browser sees it: REDFLAGS_CMS_URL (Payload's serverURL) when
 * set, else the request's Origin header (server functions) or its Host.
 */
function adminOriginFor(req: PayloadRequest): string | undefined {
  const configured = req.payload.config.serverURL;
  if (configured) return new URL(configured).origin;
  const origin = req.headers.get('origin');
  if (origin && origin !== 'null') return origin;
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  if (!host) return undefined;
  const protocol = req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  return `${protocol}://${host}`;
}
