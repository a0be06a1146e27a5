// How the checker adds findings up to a level, how much text it reads, and the disclaimer
// shown with every result. Admins only; published into the rule bundle.
import type { GlobalConfig } from 'payload';
import { adminsOnly } from '../access/adminsOnly.js';
import { anyone } from '../access/anyone.js';
import { rebuildSiteOnSettingsChange } from '../hooks/rebuildSiteOnPublish.js';
import { refuseInvalidSettings } from '../hooks/refuseInvalidSettings.js';

export const CheckerSettings: GlobalConfig = {
  slug: 'checker-settings',
  label: 'Checker settings',
  access: { read: anyone, update: adminsOnly },
  fields: [
    {
      name: 'thresholds',
      type: 'group',
      admin: { description: 'A score at or above "caution" reads caution; at or above "high" reads high.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'caution', type: 'number', required: true, defaultValue: 2 },
            { name: 'high', type: 'number', required: true, defaultValue: 4 },
          ],
        },
      ],
    },
    {
      name: 'weights',
      type: 'group',
      admin: { description: 'Points each finding adds, by severity.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'strong', type: 'number', required: true, defaultValue: 4 },
            { name: 'moderate', type: 'number', required: true, defaultValue: 2 },
            { name: 'weak', type: 'number', required: true, defaultValue: 1 },
          ],
        },
      ],
    },
    {
      name: 'inputLimit',
      type: 'number',
      required: true,
      defaultValue: 10_000,
      admin: { description: 'Longest text checked, in characters (100 to 100,000).' },
    },
    {
      name: 'disclaimer',
      type: 'textarea',
      required: true,
      defaultValue:
        'This is a pattern check, not a verdict. It cannot tell you a message is safe. If in doubt, contact the organisation using details you find yourself.',
    },
  ],
  hooks: {
    beforeChange: [refuseInvalidSettings],
    afterChange: [rebuildSiteOnSettingsChange],
  },
};
