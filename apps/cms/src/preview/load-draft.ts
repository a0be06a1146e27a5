// Reads the newest version of a guide or rule (draft or published) for its preview.
import type { PreviewCollection } from '@redflags/schema';
import type { CollectionSlug, Payload } from 'payload';

/** The document's newest version at depth 0, or undefined when there is no document `id`. */
export async function loadDraft(payload: Payload, collection: PreviewCollection, id: string): Promise<Record<string, unknown> | undefined> {
  const storedId = documentId(payload, collection, id);
  if (storedId === undefined) return undefined;
  const doc = await payload.findByID({ collection, id: storedId, draft: true, depth: 0, overrideAccess: true, disableErrors: true });
  return doc ? (doc as unknown as Record<string, unknown>) : undefined;
}

/**
 * An id from a URL as the collection stores it: a number for SQLite rows, text otherwise
 * (MongoDB, and the jobs collection's UUIDs); undefined when it cannot name a document.
 */
export function documentId(payload: Payload, collection: CollectionSlug, id: string): string | number | undefined {
  const type = payload.collections[collection]?.customIDType ?? payload.db.defaultIDType;
  if (type !== 'number') return id === '' ? undefined : id;
  return /^\d{1,15}$/.test(id) ? Number(id) : undefined;
}
