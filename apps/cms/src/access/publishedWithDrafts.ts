// Access and versions for the collections editors draft and publish (guides and rules): visitors
// read what is published, every signed-in role writes autosaved drafts, only editors and admins
// publish or delete, and past versions stay with signed-in editors. Editors can also schedule a
// publish for a set time (run by the jobs queue, see scheduling/jobs.ts).
import type { CollectionConfig } from 'payload';
import { editorsOnly } from './editorsOnly.js';
import { publishedOrSignedIn } from './publishedOrSignedIn.js';
import { signedIn } from './signedIn.js';
import { writeDraftsOrPublishAsEditor } from './writeDraftsOrPublishAsEditor.js';

/** Spread into a collection config; new objects each call, since Payload's sanitising may write to them. */
export function publishedWithDrafts(): Required<Pick<CollectionConfig, 'access' | 'versions'>> {
  return {
    access: {
      read: publishedOrSignedIn,
      readVersions: signedIn,
      create: writeDraftsOrPublishAsEditor,
      update: writeDraftsOrPublishAsEditor,
      delete: editorsOnly,
    },
    versions: {
      drafts: { autosave: { interval: 2000 }, schedulePublish: true },
      maxPerDoc: 50,
    },
  };
}
