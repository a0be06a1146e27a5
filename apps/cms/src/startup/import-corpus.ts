// First start: the project's labelled corpus (@redflags/corpus) becomes the CMS's test messages, each in
// its corpus part, so rule QA and the learned model have real messages from the start. Only into a CMS
// with no test messages at all, so a second start (or editors' own messages) imports nothing.
import { readCorpus } from '@redflags/corpus';
import type { Payload } from 'payload';
import { importMessages, type ImportReport } from '../test-messages/import-messages.js';

/** Imports the corpus when there are no test messages; undefined when there were some. */
export async function importCorpusIntoEmptyTestMessages(payload: Payload): Promise<ImportReport | undefined> {
  const { totalDocs } = await payload.count({ collection: 'test-messages', overrideAccess: true });
  if (totalDocs > 0) return undefined;
  return importMessages(
    payload,
    readCorpus().map(({ part, ...message }, index) => ({ line: index + 1, message, part })),
  );
}
