// Detection rules, edited as plain fields (phrases, pattern rows, feature checkboxes, example
// messages). Publishing compiles the rule with the engine and refuses it with the field named.
import type { CollectionConfig } from 'payload';
import { publishedWithDrafts } from '../access/publishedWithDrafts.js';
import { entityOptions, linkFeatureOptions, phoneFeatureOptions, severityOptions } from '../fields/options.js';
import { slugField } from '../fields/slug.js';
import { keepAuthorsToDrafts } from '../hooks/keepAuthorsToDrafts.js';
import { draftPreview } from '../preview/preview-url.js';
import { rebuildSiteOnPublish, rebuildSiteOnDelete } from '../hooks/rebuildSiteOnPublish.js';
import { refuseInvalidRule } from '../hooks/refuseInvalidRule.js';
import { refuseLowPrecisionPublish } from '../hooks/refuseLowPrecisionPublish.js';

export const Rules: CollectionConfig = {
  slug: 'rules',
  labels: { singular: 'Rule', plural: 'Rules' },
  ...publishedWithDrafts(),
  admin: {
    useAsTitle: 'title',
    // "Preview" and live preview: the draft on the site, rendered by its own page components.
    ...draftPreview('rules'),
    defaultColumns: ['title', 'slug', 'severity', '_status', 'updatedAt'],
    description: 'Warning signs the checker looks for. Publishing runs the examples through the engine.',
  },
  defaultPopulate: { slug: true, title: true },
  fields: [
    slugField('Rule id', 'Lowercase words joined by hyphens, e.g. "gift-card-payment". Combinations and the site refer to it.'),
    { name: 'title', type: 'text', required: true, admin: { description: 'What the sign is, in a few words.' } },
    {
      name: 'explanation',
      type: 'textarea',
      required: true,
      admin: { description: 'Why this is a warning sign, in plain words a worried person understands.' },
    },
    { name: 'severity', type: 'select', required: true, options: severityOptions, defaultValue: 'moderate' },
    {
      name: 'sign',
      type: 'relationship',
      relationTo: 'signs',
      label: 'Warning sign',
      admin: {
        description:
          'The sign this rule raises. A result shows each sign once, its most specific rule first and the others folded under it.',
      },
    },
    {
      name: 'scored',
      type: 'checkbox',
      defaultValue: true,
      admin: { description: 'Untick for building blocks used only by combinations (never shown on their own).' },
    },
    { name: 'kinds', type: 'text', hasMany: true, admin: { description: 'Scam kinds, e.g. "bank-impersonation".' } },
    { name: 'guides', type: 'relationship', relationTo: 'guides', hasMany: true, admin: { description: 'Guides a finding links to.' } },
    {
      name: 'match',
      type: 'group',
      label: 'What the rule matches',
      admin: { description: 'The rule fires when any of these match (and its combination holds, if it has one).' },
      fields: [
        {
          name: 'phrases',
          type: 'array',
          labels: { singular: 'Phrase', plural: 'Phrases' },
          admin: { description: 'Exact words. Case, accents, lookalike letters and spacing are ignored.' },
          fields: [{ name: 'phrase', type: 'text', required: true }],
        },
        {
          name: 'patterns',
          type: 'array',
          labels: { singular: 'Pattern', plural: 'Patterns' },
          admin: { description: 'Regular expressions, each with a fixed piece of text every match contains.' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'regex', type: 'text', required: true, label: 'Regular expression', admin: { width: '60%' } },
                { name: 'literal', type: 'text', required: true, label: 'Text every match contains', admin: { width: '40%' } },
              ],
            },
          ],
        },
        { name: 'links', type: 'select', hasMany: true, options: linkFeatureOptions, label: 'Link features' },
        { name: 'phones', type: 'select', hasMany: true, options: phoneFeatureOptions, label: 'Phone number features' },
        { name: 'entities', type: 'select', hasMany: true, options: entityOptions, label: 'Things mentioned' },
        {
          name: 'combination',
          type: 'group',
          label: 'Combination of other rules',
          fields: [
            { name: 'allOf', type: 'relationship', relationTo: 'rules', hasMany: true, label: 'All of these rules fire' },
            { name: 'anyOf', type: 'relationship', relationTo: 'rules', hasMany: true, label: 'At least some of these rules fire' },
            { name: 'minAnyOf', type: 'number', min: 1, defaultValue: 1, label: 'How many of them at least' },
          ],
        },
      ],
    },
    {
      name: 'examples',
      type: 'group',
      label: 'Example messages',
      admin: { description: 'Invented messages (never real ones). Publishing fails if the rule misbehaves on any.' },
      fields: [
        {
          name: 'mustMatch',
          type: 'array',
          label: 'Must match',
          labels: { singular: 'Message it must flag', plural: 'Messages it must flag' },
          fields: [{ name: 'message', type: 'textarea', required: true }],
        },
        {
          name: 'mustNotMatch',
          type: 'array',
          label: 'Must not match',
          labels: { singular: 'Message it must not flag', plural: 'Messages it must not flag' },
          fields: [{ name: 'message', type: 'textarea', required: true }],
        },
      ],
    },
    // Rule QA: the rule as edited, run in the page over the test messages.
    { name: 'qaPanel', type: 'ui', admin: { components: { Field: '/components/RuleQaPanel.js#RuleQaPanel' } } },
    {
      name: 'publishDespiteLowPrecision',
      type: 'checkbox',
      label: 'Publish despite low precision',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description:
          "Publishing is refused while fewer than 80 % of the rule's hits on the test messages are scams. Tick to publish anyway; who did it and when is recorded.",
      },
    },
    {
      name: 'lowPrecisionPublishedBy',
      type: 'text',
      label: 'Published despite low precision by',
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.lowPrecisionPublishedBy) },
    },
    {
      name: 'lowPrecisionPublishedAt',
      type: 'date',
      label: 'Published despite low precision at',
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        condition: (data) => Boolean(data?.lowPrecisionPublishedAt),
      },
    },
  ],
  hooks: {
    beforeOperation: [keepAuthorsToDrafts],
    beforeChange: [refuseInvalidRule, refuseLowPrecisionPublish],
    afterChange: [rebuildSiteOnPublish],
    afterDelete: [rebuildSiteOnDelete],
  },
};
