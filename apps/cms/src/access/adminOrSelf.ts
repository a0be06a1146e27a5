// Users read and update their own account; admins every account.
import type { Access } from 'payload';
import { hasRole } from './roles.js';

export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false;
  if (hasRole(user, 'admin')) return true;
  return { id: { equals: user.id } };
};
