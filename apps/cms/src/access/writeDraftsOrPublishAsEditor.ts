// Create/update access for guides and rules: every signed-in role may write drafts,
// only editors and admins may save a document as published.
import type { Access } from 'payload';
import { hasRole } from './roles.js';

export const writeDraftsOrPublishAsEditor: Access = ({ req: { user }, data }) => {
  if (!user) return false;
  if (hasRole(user, 'editor')) return true;
  const status = (data as { _status?: unknown } | undefined)?._status;
  return status !== 'published';
};
