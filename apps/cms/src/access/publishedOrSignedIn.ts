// Read access for drafts-enabled collections: anonymous visitors see published documents only.
import type { Access } from 'payload';

export const publishedOrSignedIn: Access = ({ req: { user } }) => {
  if (user) return true;
  return { _status: { equals: 'published' } };
};
