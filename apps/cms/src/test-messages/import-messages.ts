// Imports labelled messages into the `test-messages` collection, skipping any whose normalised text
// (the engine's normalizeText: case, accents, lookalikes and spacing folded) is already in the CMS
// or earlier in the same file, and saying which one it duplicates.
import { normalizeText } from '@redflags/engine';
import type { CorpusPart } from '@redflags/schema';
import type { Payload } from 'payload';
import type { NumberedMessage } from './read-messages-file.js';

/** A message to import, with the part it belongs to (train when not given). */
export type MessageToImport = NumberedMessage & { part?: CorpusPart };

export interface SkippedMessage {
  line: number;
  id: string;
  reason: string;
}

export interface ImportReport {
  imported: number;
  skipped: SkippedMessage[];
}

interface StoredMessage {
  id: string | number;
  text?: string | null;
  source?: string | null;
}

/** The key two messages share when they are the same message. */
export function duplicateKey(text: string): string {
  return normalizeText(text).text.trim();
}

/** Creates one test message per new text (access bypassed: the script is run by an operator). */
export async function importMessages(payload: Payload, messages: readonly MessageToImport[]): Promise<ImportReport> {
  const existing = await payload.find({
    collection: 'test-messages',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { text: true, source: true },
  });
  const seen = new Map<string, string>();
  for (const doc of existing.docs as StoredMessage[]) {
    seen.set(duplicateKey(doc.text ?? ''), `test message ${doc.id} already in the CMS${doc.source ? ` (source ${doc.source})` : ''}`);
  }
  const report: ImportReport = { imported: 0, skipped: [] };
  for (const { line, message, part } of messages) {
    const key = duplicateKey(message.text);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      report.skipped.push({ line, id: message.id, reason: `same text (after normalising) as ${earlier}` });
      continue;
    }
    const source = message.source ? `${message.id} · ${message.source}` : message.id;
    await payload.create({
      collection: 'test-messages',
      data: { text: message.text, label: message.label, part: part ?? 'train', channel: message.channel, kind: message.kind, source },
      overrideAccess: true,
    });
    seen.set(key, `${message.id} on line ${line}`);
    report.imported += 1;
  }
  return report;
}
