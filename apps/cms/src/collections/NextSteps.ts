// What to do now, by country and by what has happened ("What has happened so far?" on the checker's
// result and on guide pages). One record per country and answer, with the official pages it rests on;
// where to report comes from the reporting bodies. Published as soon as saved.
import type { CollectionConfig } from 'payload';
import { anyone } from '../access/anyone.js';
import { editorsOnly } from '../access/editorsOnly.js';
import { channelOptions, countryOptions, whatHappenedOptions } from '../fields/options.js';
import { slugField } from '../fields/slug.js';
import { rebuildSiteOnDelete, rebuildSiteOnPublish } from '../hooks/rebuildSiteOnPublish.js';
import { refuseInvalidNextSteps } from '../hooks/refuseInvalidNextSteps.js';

export const NextSteps: CollectionConfig = {
  slug: 'next-steps',
  labels: { singular: 'Next steps', plural: 'Next steps' },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  admin: {
    useAsTitle: 'slug',
    defaultColumns: ['slug', 'country', 'happened', 'updatedAt'],
    description:
      'The steps to take now for each country and answer to "What has happened so far?". Places to report come from Reporting bodies.',
  },
  defaultSort: 'slug',
  fields: [
    slugField('Id', 'e.g. "uk-gave-code-or-password".'),
    { name: 'country', type: 'select', required: true, options: countryOptions },
    { name: 'happened', type: 'select', required: true, options: whatHappenedOptions, label: 'What has happened' },
    {
      name: 'steps',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Step', plural: 'Steps' },
      admin: { description: 'Most urgent first. Say the action first, in plain words.' },
      fields: [
        { name: 'step', type: 'text', required: true },
        { name: 'detail', type: 'textarea', admin: { description: 'How, or why, in a sentence or two.' } },
        {
          name: 'channels',
          type: 'select',
          hasMany: true,
          options: channelOptions,
          admin: { description: 'Only for messages that came this way (e.g. "forward the text to 7726"). Empty: every way.' },
        },
      ],
    },
    {
      name: 'sources',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Official source', plural: 'Official sources' },
      admin: { description: 'The official pages these steps rest on.' },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'url', type: 'text', required: true, admin: { description: 'https:// address.' } },
      ],
    },
  ],
  hooks: {
    beforeChange: [refuseInvalidNextSteps],
    afterChange: [rebuildSiteOnPublish],
    afterDelete: [rebuildSiteOnDelete],
  },
};
