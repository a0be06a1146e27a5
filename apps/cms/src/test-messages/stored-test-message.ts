// A test message as the CMS stores it, with the fields the rule QA panel, the precision gate and the
// learned model read; its label and part are the schema's.
import type { CorpusPart, MessageLabel } from '@redflags/schema';

export interface StoredTestMessage {
  id: string | number;
  label: MessageLabel;
  text: string;
  /** Absent or null for a message stored before parts existed: it counts as train. */
  part?: CorpusPart | null;
  source?: string | null;
}
