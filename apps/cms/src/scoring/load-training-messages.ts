// The test messages as the learned model sees them: every message with its label and part, named by
// its corpus id when it came from the corpus (so the folds of cross-validation are the same as in
// `redflags train`), and a sentence saying what the model learned from. The team's written genuine service
// messages (@redflags/corpus's written.jsonl) are learned from as in `redflags train`, never measured.
import { readWrittenMessages } from '@redflags/corpus';
import type { TrainingMessage } from '@redflags/engine/learn';
import type { Payload } from 'payload';
import { testMessageName } from '../qa/rule-on-messages.js';
import type { StoredTestMessage } from '../test-messages/stored-test-message.js';

export interface TrainingSet {
  messages: TrainingMessage[];
  /** "727 test messages (train part: 727 imported, 0 added in the admin); 311 more held out (test part)". */
  description: string;
}

/** Reads every test message (a message stored before parts existed counts as train). */
export async function loadTrainingMessages(payload: Payload): Promise<TrainingSet> {
  const found = await payload.find({
    collection: 'test-messages',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { label: true, text: true, part: true, source: true },
  });
  const messages = (found.docs as StoredTestMessage[]).map(
    (doc): TrainingMessage => ({
      id: testMessageName(doc),
      label: doc.label,
      text: doc.text,
      part: doc.part === 'test' ? 'test' : 'train',
    }),
  );
  const written = readWrittenMessages();
  return {
    messages: [...messages, ...written],
    description: `${describeTrainingSet(messages)}; and ${written.length} genuine service messages the team wrote, learned from and never measured`,
  };
}

/**
 * What a model trained on `messages` learned from, in words.
 * Imported messages (the corpus, or a file given to `import:messages`) are named by their id; those added
 * in the admin are "test message N".
 * @example describeTrainingSet([{ id: 'd001', label: 'scam', text: '…', part: 'train' }]) // "1 test message (train part: 1 imported, 0 added in the admin); none held out"
 */
export function describeTrainingSet(messages: readonly TrainingMessage[]): string {
  const train = messages.filter((m) => m.part !== 'test');
  const imported = train.filter((m) => !m.id.startsWith('test message ')).length;
  const held = messages.length - train.length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `${plural(train.length, 'test message')} (train part: ${imported} imported, ${train.length - imported} added in the admin); ` +
    (held === 0 ? 'none held out' : `${held} more held out (test part)`)
  );
}
