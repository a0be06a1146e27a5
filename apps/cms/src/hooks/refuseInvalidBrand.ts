// Every brand save is checked against the Brand schema (brands have no drafts: saved is published).
import { Brand } from '@redflags/schema';
import type { CollectionBeforeChangeHook } from 'payload';
import { brandFieldPath, brandFromDocument, type BrandDocument } from '../mapping/brand.js';
import { mergeDocument } from '../mapping/merge-document.js';
import { problemsFromZod, refuseIfProblems } from '../validation/refuse.js';

export const refuseInvalidBrand: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  const parsed = Brand.safeParse(brandFromDocument(mergeDocument(originalDoc, data) as BrandDocument));
  if (!parsed.success) refuseIfProblems(problemsFromZod(parsed.error, brandFieldPath), { collection: collection.slug, req });
  return data;
};
