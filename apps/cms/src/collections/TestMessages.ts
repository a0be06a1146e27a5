// Labelled messages editors test rules against before publishing (issue 9). Never public and
// never in the site's bundle.
import type { CollectionConfig } from 'payload';
import { editorsOnly } from '../access/editorsOnly.js';
import { MessageChannel, MessageLabel } from '@redflags/schema';

export const TestMessages: CollectionConfig = {
  slug: 'test-messages',
  labels: { singular: 'Test message', plural: 'Test messages' },
  access: { read: editorsOnly, create: editorsOnly, update: editorsOnly, delete: editorsOnly, readVersions: editorsOnly },
  admin: { useAsTitle: 'text', defaultColumns: ['text', 'label', 'channel', 'kind'] },
  fields: [
    { name: 'text', type: 'textarea', required: true },
    {
      name: 'label',
      type: 'select',
      required: true,
      options: MessageLabel.options.map((value) => ({ value, label: value === 'scam' ? 'Scam' : 'Legitimate' })),
    },
    { name: 'channel', type: 'select', options: MessageChannel.options.map((value) => ({ value, label: value })) },
    { name: 'kind', type: 'text' },
    { name: 'source', type: 'text', admin: { description: 'Where the message came from (corpus id, "invented", …).' } },
    { name: 'note', type: 'textarea' },
  ],
};
