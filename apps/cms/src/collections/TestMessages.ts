// Labelled messages editors test rules against before publishing (rule QA and the S/O gate) and the learned
// model is trained on (train part) and measured on (test part). Never public, never in the site's bundle.
import type { CollectionConfig } from 'payload';
import { editorsOnly } from '../access/editorsOnly.js';
import { CorpusPart, MessageChannel, MessageLabel } from '@redflags/schema';

export const TestMessages: CollectionConfig = {
  slug: 'test-messages',
  labels: { singular: 'Test message', plural: 'Test messages' },
  access: { read: editorsOnly, create: editorsOnly, update: editorsOnly, delete: editorsOnly, readVersions: editorsOnly },
  admin: { useAsTitle: 'text', defaultColumns: ['text', 'label', 'part', 'channel', 'kind'] },
  fields: [
    { name: 'text', type: 'textarea', required: true },
    {
      name: 'label',
      type: 'select',
      required: true,
      options: MessageLabel.options.map((value) => ({ value, label: value === 'scam' ? 'Scam' : 'Legitimate' })),
    },
    {
      name: 'part',
      type: 'select',
      // Not required: a message without a part (stored before parts existed) counts as train.
      defaultValue: 'train',
      options: CorpusPart.options.map((value) => ({
        value,
        label: value === 'train' ? 'Train (rule QA and training)' : 'Test (only measured)',
      })),
      admin: {
        description:
          'Train: counted by the rule QA panel and the precision gate, and learned from by the model. Test: kept apart to measure the model honestly; never tune a rule on it. New messages go to train unless you choose test.',
      },
    },
    { name: 'channel', type: 'select', options: MessageChannel.options.map((value) => ({ value, label: value })) },
    { name: 'kind', type: 'text' },
    { name: 'source', type: 'text', admin: { description: 'Where the message came from (corpus id, "invented", …).' } },
    { name: 'note', type: 'textarea' },
  ],
};
