// After a publish or unpublish of anything the site shows, ask for a site rebuild at
// SITE_REBUILD_URL (debounced by SITE_REBUILD_DEBOUNCE_MS, default 2000). Returns at once:
// the editor's save never waits for, or fails because of, the rebuild.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload';
import { createSiteRebuildTrigger, type SiteRebuildTrigger } from '../publishing/site-rebuild.js';

let trigger: { key: string; value: SiteRebuildTrigger } | undefined;

/** The shared trigger for the current SITE_REBUILD_URL, or undefined when none is set. */
export function siteRebuildTrigger(req: PayloadRequest): SiteRebuildTrigger | undefined {
  const url = process.env.SITE_REBUILD_URL;
  if (!url) return undefined;
  const delayMs = Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 2000);
  const key = `${url} ${delayMs}`;
  if (trigger?.key !== key) {
    const logger = req.payload.logger;
    trigger = {
      key,
      value: createSiteRebuildTrigger({
        url,
        delayMs,
        logger: { info: (message) => logger.info(message), error: (message) => logger.error(message) },
      }),
    };
  }
  return trigger.value;
}

function request(req: PayloadRequest, reason: string): void {
  if (req.context.skipSiteRebuild) return;
  siteRebuildTrigger(req)?.request(reason);
}

export const rebuildSiteOnPublish: CollectionAfterChangeHook = ({ doc, previousDoc, req, collection }) => {
  const hasDrafts = Boolean(collection.versions?.drafts);
  const name = `${collection.slug}/${String(doc.slug ?? doc.id)}`;
  if (!hasDrafts) request(req, `${name} saved`);
  else if (doc._status === 'published') request(req, `${name} published`);
  // A draft saved over a published document also lands here once; the rebuild it asks for is
  // harmless (same output) and debounced with the rest.
  else if (previousDoc?._status === 'published') request(req, `${name} unpublished`);
  return doc;
};

export const rebuildSiteOnDelete: CollectionAfterDeleteHook = ({ doc, req, collection }) => {
  const hasDrafts = Boolean(collection.versions?.drafts);
  if (!hasDrafts || doc?._status === 'published') request(req, `${collection.slug}/${String(doc?.slug ?? doc?.id)} deleted`);
  return doc;
};

export const rebuildSiteOnSettingsChange: GlobalAfterChangeHook = ({ doc, req, global }) => {
  request(req, `${global.slug} saved`);
  return doc;
};
