// The first account (from the admin's "create first user" screen or ADMIN_EMAIL) is an admin;
// otherwise nobody could manage users.
import type { CollectionBeforeChangeHook } from 'payload';

export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data;
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req });
  return totalDocs === 0 ? { ...data, role: 'admin' } : data;
};
