// A guide's preview: its newest version mapped as the export maps a guide (links to published
// documents only, as the public page would have them), and what publishing it would refuse.
import { Guide, GuidePreview } from '@redflags/schema';
import type { Payload } from 'payload';
import { guideFieldPath, guideFromDocument, type GuideDocument } from '../mapping/guide.js';
import { loadPublished, slugIndexOf } from '../publishing/load-published.js';
import { problemsFromZod } from '../validation/refuse.js';
import { loadDraft } from './load-draft.js';

/** The preview of guide `id`, or undefined when there is no such guide. */
export async function buildGuidePreview(payload: Payload, id: string): Promise<GuidePreview | undefined> {
  const doc = (await loadDraft(payload, 'guides', id)) as GuideDocument | undefined;
  if (!doc) return undefined;
  const published = await loadPublished(payload);
  const guide = guideFromDocument(doc, { ...slugIndexOf(published), media: published.media });
  const parsed = Guide.safeParse(guide);
  return GuidePreview.parse({
    collection: 'guides',
    id: String(doc.id),
    status: doc._status === 'published' ? 'published' : 'draft',
    ...(doc.updatedAt ? { updatedAt: doc.updatedAt } : {}),
    problems: parsed.success ? [] : problemsFromZod(parsed.error, guideFieldPath),
    guide,
  });
}
