// Uploaded images (guide share images). Alt text is required so every image can be described.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CollectionConfig } from 'payload';
import { anyone } from '../access/anyone.js';
import { editorsOnly } from '../access/editorsOnly.js';
import { signedIn } from '../access/signedIn.js';

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const Media: CollectionConfig = {
  slug: 'media',
  access: { read: anyone, create: signedIn, update: signedIn, delete: editorsOnly },
  fields: [{ name: 'alt', type: 'text', required: true, admin: { description: 'Describe the image for people who cannot see it.' } }],
  upload: {
    staticDir: process.env.REDFLAGS_MEDIA_DIR ?? path.join(cmsRoot, '.data', 'media'),
    mimeTypes: ['image/*'],
  },
};
