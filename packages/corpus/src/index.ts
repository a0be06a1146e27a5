// @redflags/corpus: the labelled development corpus and its fixed train/test split, read from this package.
// Rules are tuned and models trained on the train part only; the test part is read to measure, never tuned on.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CorpusPart, parseLabelledMessages, type LabelledMessage } from '@redflags/schema';

export { TEST_SHARE, assignParts, stratumOf } from './split.js';

/** The corpus file: 1,038 messages, one JSON object a line (see README.md). */
export const corpusFile = fileURLToPath(new URL('../messages.jsonl', import.meta.url));
/** Messages the team wrote (see README.md): learned from, never measured. */
export const writtenFile = fileURLToPath(new URL('../written.jsonl', import.meta.url));
/** The split file: `{ "test": [ids], "train": [ids] }`. */
export const splitFile = fileURLToPath(new URL('../split.json', import.meta.url));

/** A corpus message with the part it belongs to. */
export interface CorpusMessage extends LabelledMessage {
  part: CorpusPart;
}

/** Reads a labelled-messages file; throws naming the first bad line. */
export function readMessages(file: string): LabelledMessage[] {
  const { messages, badLines } = parseLabelledMessages(readFileSync(file, 'utf8'));
  const bad = badLines[0];
  if (bad !== undefined) throw new Error(`${file}:${bad.line}: ${bad.problem}`);
  return messages.map((numbered) => numbered.message);
}

/** The part of each id in the split file. */
export function readSplit(file = splitFile): Map<string, CorpusPart> {
  const split = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const parts = new Map<string, CorpusPart>();
  for (const part of CorpusPart.options) {
    const ids = split[part];
    if (!Array.isArray(ids)) throw new Error(`${file}: "${part}" must be a list of message ids`);
    for (const id of ids) parts.set(String(id), part);
  }
  return parts;
}

/**
 * The whole corpus, each message with its part; throws if a message has no part (run `npm run split -w @redflags/corpus`).
 * @example readCorpus().filter((m) => m.part === 'train').length // 727
 */
export function readCorpus(): CorpusMessage[] {
  const parts = readSplit();
  return readMessages(corpusFile).map((message) => {
    const part = parts.get(message.id);
    if (part === undefined)
      throw new Error(`corpus message ${message.id} is in neither part of ${splitFile}; run \`npm run split -w @redflags/corpus\``);
    return { ...message, part };
  });
}

/** A message the team wrote to teach the scorer what the corpus lacks; always learned from, never measured. */
export interface WrittenMessage extends CorpusMessage {
  part: 'train';
  learnOnly: true;
}

/**
 * The team's own messages (`written.jsonl`): genuine service notices (codes, sign-in alerts, payments received,
 * deliveries, reminders), which the corpus's genuine part, mostly personal chat, lacks.
 * @example readWrittenMessages()[0].id // "w001"
 */
export function readWrittenMessages(): WrittenMessage[] {
  return readMessages(writtenFile).map((message) => ({ ...message, part: 'train', learnOnly: true }));
}
