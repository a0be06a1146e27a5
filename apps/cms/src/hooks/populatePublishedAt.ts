// A guide gets its publication date the first time it is published, unless the editor set one.
import type { CollectionBeforeChangeHook } from 'payload';

export const populatePublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = (data as { _status?: unknown })._status ?? (originalDoc as { _status?: unknown } | undefined)?._status;
  const current = (data as { publishedAt?: unknown }).publishedAt ?? (originalDoc as { publishedAt?: unknown } | undefined)?.publishedAt;
  if (status === 'published' && !current) return { ...data, publishedAt: new Date().toISOString() };
  return data;
};
