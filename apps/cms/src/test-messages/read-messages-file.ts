// Reads a labelled-messages JSONL file (the corpus format: id, label, channel, kind, text, source):
// each line is checked with the schema's LabelledMessage; bad lines are reported with their number.
import { LabelledMessage, formatFieldProblems } from '@redflags/schema';

export type IdHalf = 'all' | 'odd' | 'even';

export interface NumberedMessage {
  /** 1-based line number in the file. */
  line: number;
  message: LabelledMessage;
}

export interface BadLine {
  line: number;
  problem: string;
}

export interface ReadMessages {
  messages: NumberedMessage[];
  badLines: BadLine[];
}

/** The number in an id ("d017" → 17); NaN when there is none. The same split as `redflags eval --ids`. */
export function idNumber(id: string): number {
  return Number(/\d+/.exec(id)?.[0] ?? Number.NaN);
}

/** Whether `id` belongs to `half` (d001 is odd; ids without a number belong to no half). */
export function inHalf(id: string, half: IdHalf): boolean {
  if (half === 'all') return true;
  const n = idNumber(id);
  return Number.isInteger(n) && (n % 2 === 1) === (half === 'odd');
}

/**
 * Parses the file's text; blank lines are ignored.
 * @example readMessagesFile('{"id":"d1"}\n').badLines[0].line // 1
 */
export function readMessagesFile(text: string, half: IdHalf = 'all'): ReadMessages {
  const messages: NumberedMessage[] = [];
  const badLines: BadLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      badLines.push({ line, problem: `not JSON (${error instanceof Error ? error.message : String(error)}); each line must be one JSON object` });
      return;
    }
    const parsed = LabelledMessage.safeParse(value);
    if (!parsed.success) {
      badLines.push({ line, problem: formatFieldProblems(parsed.error, 'message').replaceAll('\n', '; ') });
      return;
    }
    if (inHalf(parsed.data.id, half)) messages.push({ line, message: parsed.data });
  });
  return { messages, badLines };
}
