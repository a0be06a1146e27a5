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
