// Admins only: user management and checker settings.
import type { Access, FieldAccess } from 'payload';
import { hasRole } from './roles.js';

export const adminsOnly: Access = ({ req: { user } }) => hasRole(user, 'admin');

export const adminsOnlyField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin');
