// Brands scammers imitate, with the facts that expose the imitation. Checked against the
// Brand schema on every save; published as soon as saved.
import type { CollectionConfig } from 'payload';
import { anyone } from '../access/anyone.js';
import { editorsOnly } from '../access/editorsOnly.js';
import { slugField } from '../fields/slug.js';
import { rebuildSiteOnDelete, rebuildSiteOnPublish } from '../hooks/rebuildSiteOnPublish.js';
import { refuseInvalidBrand } from '../hooks/refuseInvalidBrand.js';

export const Brands: CollectionConfig = {
  slug: 'brands',
  labels: { singular: 'Brand', plural: 'Brands' },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'updatedAt'] },
  defaultPopulate: { slug: true, name: true },
  fields: [
    slugField('Brand id', 'e.g. "amazon". Rules and guides refer to it.'),
    { name: 'name', type: 'text', required: true },
    {
      name: 'aliases',
      type: 'text',
      hasMany: true,
      admin: { description: 'Other names and common misspellings ("amzn", "amazon prime").' },
    },
    {
      name: 'domains',
      type: 'text',
      hasMany: true,
      label: 'Official domains',
      admin: { description: 'e.g. "amazon.co.uk" — no https:// or path.' },
    },
    {
      name: 'phones',
      type: 'text',
      hasMany: true,
      label: 'Official phone numbers',
      admin: { description: 'International form "+18882804331" or a short code.' },
    },
    {
      name: 'neverAsks',
      type: 'array',
      label: 'What the brand never asks for',
      labels: { singular: 'Never asks', plural: 'Never asks' },
      fields: [{ name: 'text', type: 'text', required: true }],
    },
  ],
  hooks: {
    beforeChange: [refuseInvalidBrand],
    afterChange: [rebuildSiteOnPublish],
    afterDelete: [rebuildSiteOnDelete],
  },
};
