// Editors' accounts. Authors write drafts, editors publish, admins also manage users and settings.
import type { CollectionConfig } from 'payload';
import { adminOrSelf } from '../access/adminOrSelf.js';
import { adminsOnly, adminsOnlyField } from '../access/adminsOnly.js';
import { ROLES } from '../access/roles.js';
import { makeFirstUserAdmin } from '../hooks/makeFirstUserAdmin.js';

export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  access: { read: adminOrSelf, create: adminsOnly, update: adminOrSelf, delete: adminsOnly },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'] },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'author',
      saveToJWT: true,
      options: ROLES.map((role) => ({ value: role, label: role[0]!.toUpperCase() + role.slice(1) })),
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: { description: 'Author: writes drafts. Editor: publishes. Admin: also manages users and settings.' },
    },
  ],
  hooks: { beforeChange: [makeFirstUserAdmin] },
};
