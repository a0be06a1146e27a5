// Reads a labelled-messages JSONL file (the corpus format: id, label, channel, kind, text, source):
// each line is checked with the schema's LabelledMessage; bad lines are reported with their number.
import { parseLabelledMessages, type BadLine, type NumberedMessage } from '@redflags/schema';

export type { BadLine, NumberedMessage };

export type IdHalf = 'all' | 'odd' | 'even';

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
 * Parses the file's text (see `parseLabelledMessages`), keeping the messages of `half`.
 * @example readMessagesFile('{"id":"d1"}\n').badLines[0].line // 1
 */
export function readMessagesFile(text: string, half: IdHalf = 'all'): ReadMessages {
  const { messages, badLines } = parseLabelledMessages(text);
  return { messages: messages.filter(({ message }) => inHalf(message.id, half)), badLines };
}
