// Warning signs: the families rules belong to. A checker result shows one entry per sign, so editors
// name each in words a worried person understands. Checked against the Sign schema on every save;
// published as soon as saved, like brands.
import type { CollectionConfig } from 'payload';
import { anyone } from '../access/anyone.js';
import { editorsOnly } from '../access/editorsOnly.js';
import { slugField } from '../fields/slug.js';
import { rebuildSiteOnDelete, rebuildSiteOnPublish } from '../hooks/rebuildSiteOnPublish.js';
import { refuseInvalidSign } from '../hooks/refuseInvalidSign.js';

export const Signs: CollectionConfig = {
  slug: 'signs',
  labels: { singular: 'Warning sign', plural: 'Warning signs' },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'order', 'updatedAt'],
    description: 'A result shows one entry per sign: the most specific rule that raised it first, the others folded under it.',
  },
  defaultSort: 'order',
  defaultPopulate: { slug: true, title: true },
  fields: [
    slugField('Sign id', 'e.g. "asks-for-code". Rules choose their sign.'),
    {
      name: 'title',
      type: 'text',
      required: true,
      admin: { description: 'What the sign is, in a few words a worried person understands: "Asks for a code sent to your phone".' },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      admin: { description: 'Stronger signs always come first; among signs of the same strength, lower comes first.' },
    },
  ],
  hooks: {
    beforeChange: [refuseInvalidSign],
    afterChange: [rebuildSiteOnPublish],
    afterDelete: [rebuildSiteOnDelete],
  },
};
