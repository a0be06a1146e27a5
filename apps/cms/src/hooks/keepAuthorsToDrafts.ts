// Authors write drafts only: every save by someone below editor becomes a draft save, so the
// published version of a guide or rule (and whether one is published at all) changes only when an
// editor or admin acts. Publishing outright is refused by the access functions; this closes
// unpublishing, which is a save of the main document with `_status: 'draft'`.
import type { CollectionBeforeOperationHook } from 'payload';
import { hasRole } from '../access/roles.js';

export const keepAuthorsToDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args;
  const { overrideAccess, draft } = args as { overrideAccess?: boolean; draft?: boolean };
  if (overrideAccess !== false || draft === true || !req.user || hasRole(req.user, 'editor')) return args;
  return { ...args, draft: true };
};
