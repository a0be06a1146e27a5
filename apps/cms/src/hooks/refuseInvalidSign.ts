// Every warning-sign save is checked against the Sign schema (signs have no drafts: saved is published).
import { Sign } from '@redflags/schema';
import type { CollectionBeforeChangeHook } from 'payload';
import { mergeDocument } from '../mapping/merge-document.js';
import { signFieldPath, signFromDocument, type SignDocument } from '../mapping/sign.js';
import { problemsFromZod, refuseIfProblems } from '../validation/refuse.js';

export const refuseInvalidSign: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  const parsed = Sign.safeParse(signFromDocument(mergeDocument(originalDoc, data) as SignDocument));
  if (!parsed.success) refuseIfProblems(problemsFromZod(parsed.error, signFieldPath), { collection: collection.slug, req });
  return data;
};
