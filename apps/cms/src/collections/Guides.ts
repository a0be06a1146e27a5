// Scam guides: one page per scam, answering the question people ask. Publishing checks the
// whole guide against the Guide schema and refuses it with the field named.
import type { CollectionConfig } from 'payload';
import { publishedWithDrafts } from '../access/publishedWithDrafts.js';
import { channelOptions } from '../fields/options.js';
import { slugField } from '../fields/slug.js';
import { keepAuthorsToDrafts } from '../hooks/keepAuthorsToDrafts.js';
import { draftPreview } from '../preview/preview-url.js';
import { refuseMalformedRichText } from '../hooks/refuseMalformedRichText.js';
import { populatePublishedAt } from '../hooks/populatePublishedAt.js';
import { rebuildSiteOnDelete, rebuildSiteOnPublish } from '../hooks/rebuildSiteOnPublish.js';
import { refuseInvalidGuide } from '../hooks/refuseInvalidGuide.js';

export const Guides: CollectionConfig = {
  slug: 'guides',
  labels: { singular: 'Guide', plural: 'Guides' },
  ...publishedWithDrafts(),
  admin: {
    useAsTitle: 'title',
    // "Preview" and live preview: the draft on the site, rendered by its own page components.
    ...draftPreview('guides'),
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
  },
  defaultPopulate: { slug: true, title: true },
  fields: [
    slugField('Slug', 'The address of the page: /guides/<slug>, e.g. "amazon-fraud-prevention-call".'),
    {
      name: 'title',
      type: 'text',
      required: true,
      admin: { description: 'The question people ask, e.g. "Is that Amazon fraud call a scam?"' },
    },
    { name: 'shortAnswer', type: 'textarea', required: true, admin: { description: 'One paragraph that answers the question.' } },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'The scam',
          fields: [
            { name: 'scenario', type: 'richText', required: true, admin: { description: 'What the call, text or email says.' } },
            {
              name: 'variants',
              type: 'array',
              labels: { singular: 'Variant', plural: 'Variants' },
              fields: [
                { name: 'title', type: 'text', required: true },
                { name: 'description', type: 'textarea', required: true },
              ],
            },
            {
              name: 'redFlags',
              type: 'array',
              label: 'Red flags',
              labels: { singular: 'Red flag', plural: 'Red flags' },
              fields: [
                { name: 'flag', type: 'text', required: true },
                { name: 'why', type: 'textarea', required: true, label: 'Why it matters' },
              ],
            },
          ],
        },
        {
          label: 'What to do',
          fields: [
            {
              name: 'steps',
              type: 'array',
              label: 'Steps, in order',
              labels: { singular: 'Step', plural: 'Steps' },
              fields: [
                { name: 'step', type: 'text', required: true },
                { name: 'detail', type: 'textarea' },
              ],
            },
            {
              name: 'faq',
              type: 'array',
              label: 'FAQ',
              labels: { singular: 'Question', plural: 'Questions' },
              fields: [
                { name: 'question', type: 'text', required: true },
                { name: 'answer', type: 'textarea', required: true },
              ],
            },
          ],
        },
        {
          label: 'Links',
          fields: [
            { name: 'channels', type: 'select', hasMany: true, options: channelOptions },
            { name: 'kinds', type: 'text', hasMany: true, admin: { description: 'Scam kinds, e.g. "tech-support".' } },
            { name: 'brands', type: 'relationship', relationTo: 'brands', hasMany: true },
            { name: 'relatedRules', type: 'relationship', relationTo: 'rules', hasMany: true },
            { name: 'relatedGuides', type: 'relationship', relationTo: 'guides', hasMany: true },
          ],
        },
        {
          label: 'SEO',
          fields: [
            {
              name: 'seo',
              type: 'group',
              label: false,
              fields: [
                { name: 'metaTitle', type: 'text', maxLength: 70 },
                { name: 'metaDescription', type: 'textarea', maxLength: 160 },
                { name: 'image', type: 'upload', relationTo: 'media' },
              ],
            },
          ],
        },
      ],
    },
    { name: 'publishedAt', type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
  ],
  hooks: {
    beforeOperation: [keepAuthorsToDrafts, refuseMalformedRichText(['scenario'])],
    beforeChange: [populatePublishedAt, refuseInvalidGuide],
    afterChange: [rebuildSiteOnPublish],
    afterDelete: [rebuildSiteOnDelete],
  },
};
