// A labelled message as in the development corpus (`messages.jsonl`), for evaluation and rule QA.
import { z } from 'zod';
import { ScamKind } from './primitives.js';

export const MessageLabel = z.enum(['scam', 'legit']);
export type MessageLabel = z.infer<typeof MessageLabel>;

/** Corpus channels; `sms` is the `text` channel elsewhere. */
export const MessageChannel = z.enum(['sms', 'email', 'call', 'social', 'web']);
export type MessageChannel = z.infer<typeof MessageChannel>;

export const LabelledMessage = z.object({
  id: z.string().min(1),
  label: MessageLabel,
  channel: MessageChannel,
  /** Scam kind slug, `none` for legit messages. */
  kind: z.union([ScamKind, z.literal('none')]),
  text: z.string().min(1),
  source: z.string().default(''),
});
export type LabelledMessage = z.infer<typeof LabelledMessage>;

/** Which part of the corpus a message belongs to: tuned and trained on (`train`) or only measured (`test`). */
export const CorpusPart = z.enum(['train', 'test']);
export type CorpusPart = z.infer<typeof CorpusPart>;

export interface NumberedMessage {
  /** 1-based line number in the file. */
  line: number;
  message: LabelledMessage;
}

export interface BadLine {
  line: number;
  problem: string;
}

/**
 * Parses labelled messages, one JSON object a line (the corpus format); blank lines are skipped and
 * every bad line is reported with its number and the field at fault.
 * @example parseLabelledMessages('{"id":"d1"}\n').badLines[0] // { line: 1, problem: "label: …" }
 */
export function parseLabelledMessages(text: string): { messages: NumberedMessage[]; badLines: BadLine[] } {
  const messages: NumberedMessage[] = [];
  const badLines: BadLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      badLines.push({
        line,
        problem: `not JSON (${error instanceof Error ? error.message : String(error)}); each line must be one {"id","label","channel","kind","text"} object`,
      });
      return;
    }
    const parsed = LabelledMessage.safeParse(value);
    if (parsed.success) messages.push({ line, message: parsed.data });
    else
      badLines.push({
        line,
        problem: parsed.error.issues.map((i) => `${i.path.map(String).join('.') || 'line'}: ${i.message}`).join('; '),
      });
  });
  return { messages, badLines };
}
