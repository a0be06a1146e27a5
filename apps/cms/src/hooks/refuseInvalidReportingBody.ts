// Every reporting-body save is checked against the ReportingBody schema.
import { ReportingBody } from '@redflags/schema';
import type { CollectionBeforeChangeHook } from 'payload';
import { mergeDocument } from '../mapping/merge-document.js';
import { reportingBodyFieldPath, reportingBodyFromDocument, type ReportingBodyDocument } from '../mapping/reporting-body.js';
import { problemsFromZod, refuseIfProblems } from '../validation/refuse.js';

export const refuseInvalidReportingBody: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  const parsed = ReportingBody.safeParse(reportingBodyFromDocument(mergeDocument(originalDoc, data) as ReportingBodyDocument));
  if (!parsed.success) refuseIfProblems(problemsFromZod(parsed.error, reportingBodyFieldPath), { collection: collection.slug, req });
  return data;
};
