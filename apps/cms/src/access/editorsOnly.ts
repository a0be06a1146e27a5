// Editors and admins: publishing, deleting, brands, reporting bodies, test messages.
import type { Access } from 'payload';
import { hasRole } from './roles.js';

export const editorsOnly: Access = ({ req: { user } }) => hasRole(user, 'editor');
