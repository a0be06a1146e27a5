// Publishing a guide checks it against the Guide schema and refuses it with the field named.
// Drafts save freely so a half-written guide is never lost.
import { Guide } from '@redflags/schema';
import type { CollectionBeforeChangeHook } from 'payload';
import { guideFieldPath, guideFromDocument, type GuideDocument } from '../mapping/guide.js';
import { mergeDocument } from '../mapping/merge-document.js';
import { emptySlugIndex } from '../mapping/relations.js';
import { problemsFromZod, refuseIfProblems } from '../validation/refuse.js';

export const refuseInvalidGuide: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  const merged = mergeDocument(originalDoc, data) as GuideDocument;
  if (merged._status !== 'published') return data;
  // Links are ids here and slugs in the schema; they cannot be malformed, so they are left out
  // of the check (the export resolves them to published slugs).
  const parsed = Guide.safeParse(guideFromDocument(merged, { ...emptySlugIndex(), media: new Map() }));
  if (!parsed.success) refuseIfProblems(problemsFromZod(parsed.error, guideFieldPath), { collection: collection.slug, req });
  return data;
};
