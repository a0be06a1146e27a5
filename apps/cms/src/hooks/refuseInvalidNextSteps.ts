// Every save of next steps is checked against the NextSteps schema, and refused when another record
// already holds the steps for the same country and answer (a page could show only one of them).
import { NextSteps } from '@redflags/schema';
import type { CollectionBeforeChangeHook } from 'payload';
import { mergeDocument } from '../mapping/merge-document.js';
import { nextStepsFieldPath, nextStepsFromDocument, type NextStepsDocument } from '../mapping/next-steps.js';
import { problemsFromZod, refuseIfProblems } from '../validation/refuse.js';

export const refuseInvalidNextSteps: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const merged = mergeDocument(originalDoc, data) as NextStepsDocument;
  const parsed = NextSteps.safeParse(nextStepsFromDocument(merged));
  if (!parsed.success) refuseIfProblems(problemsFromZod(parsed.error, nextStepsFieldPath), { collection: collection.slug, req });
  else {
    const { country, happened } = parsed.data;
    const others = await req.payload.find({
      collection: 'next-steps',
      where: {
        and: [
          { country: { equals: country } },
          { happened: { equals: happened } },
          ...(originalDoc?.id === undefined ? [] : [{ id: { not_equals: originalDoc.id } }]),
        ],
      },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    });
    const other = others.docs[0] as NextStepsDocument | undefined;
    if (other !== undefined) {
      refuseIfProblems(
        [{ field: 'happened', message: `'${other.slug}' already holds the steps for this country and answer; edit that one instead` }],
        { collection: collection.slug, req },
      );
    }
  }
  return data;
};
