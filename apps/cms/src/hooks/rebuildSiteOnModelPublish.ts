// When a learned model becomes the live one, the published bundle changes: ask for the same site rebuild
// as publishing a rule does (debounced, never awaited, failures logged; see rebuildSiteOnPublish.ts).
import type { CollectionAfterChangeHook } from 'payload';
import { siteRebuildTrigger } from './rebuildSiteOnPublish.js';

export const rebuildSiteOnModelPublish: CollectionAfterChangeHook = ({ doc, previousDoc, req, collection }) => {
  if (doc.status === 'live' && previousDoc?.status !== 'live' && !req.context.skipSiteRebuild) {
    siteRebuildTrigger(req)?.request(`${collection.slug}/${String(doc.id)} published`);
  }
  return doc;
};
