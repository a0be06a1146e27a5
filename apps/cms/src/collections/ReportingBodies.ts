// Where to report a scam, by country, channel and what happened. The guide pages take their
// reporting section from here.
import type { CollectionConfig } from 'payload';
import { anyone } from '../access/anyone.js';
import { editorsOnly } from '../access/editorsOnly.js';
import { channelOptions, countryOptions, situationOptions, ukNationOptions } from '../fields/options.js';
import { slugField } from '../fields/slug.js';
import { rebuildSiteOnDelete, rebuildSiteOnPublish } from '../hooks/rebuildSiteOnPublish.js';
import { refuseInvalidReportingBody } from '../hooks/refuseInvalidReportingBody.js';

export const ReportingBodies: CollectionConfig = {
  slug: 'reporting-bodies',
  labels: { singular: 'Reporting body', plural: 'Reporting bodies' },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'country', 'order', 'updatedAt'] },
  defaultSort: 'order',
  fields: [
    slugField('Id', 'e.g. "action-fraud".'),
    { name: 'name', type: 'text', required: true },
    { name: 'country', type: 'select', required: true, options: countryOptions },
    {
      name: 'nations',
      type: 'select',
      hasMany: true,
      options: ukNationOptions,
      admin: { description: 'UK only: leave empty if it covers every nation.', condition: (data) => data?.country === 'uk' },
    },
    { name: 'whatToReport', type: 'textarea', required: true, label: 'What to report there, and how' },
    { name: 'channels', type: 'select', hasMany: true, required: true, options: channelOptions, label: 'Channels it takes reports about' },
    {
      name: 'situations',
      type: 'select',
      hasMany: true,
      required: true,
      options: situationOptions,
      label: 'Situations it is the right place for',
    },
    { name: 'link', type: 'text', required: true, admin: { description: 'https:// address of the reporting page.' } },
    { name: 'phone', type: 'text', admin: { description: 'As people dial it, e.g. "0300 123 2040".' } },
    { name: 'order', type: 'number', defaultValue: 100, admin: { description: 'Lower comes first.' } },
  ],
  hooks: {
    beforeChange: [refuseInvalidReportingBody],
    afterChange: [rebuildSiteOnPublish],
    afterDelete: [rebuildSiteOnDelete],
  },
};
