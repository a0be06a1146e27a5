// `redflags train`: fits the learned scorer for a bundle's rules and writes the bundle with its model.
import { writeFileSync } from 'node:fs';
import { readCorpus, readWrittenMessages } from '@redflags/corpus';
import { trainScorer, type TrainingMessage } from '../learn/train-scorer.js';
import { parseHost } from '../parse-host.js';
import { readLabelledMessages, UsageError } from './files.js';
import { loadChecker } from './load-checker.js';
import { formatFigures } from '../learn/format-figures.js';

export const TRAIN_HELP = `redflags train --bundle FILE --out FILE [--messages FILE.jsonl]

Learns a weight for every scored rule and a text model from the corpus's train part and the team's written
messages (@redflags/corpus), plus the labelled messages in --messages (all used for training), chooses the thresholds by 5-fold
cross-validation, measures the test part, and writes the bundle with the model to --out. Deterministic:
the same rules and messages always give the same model.`;

export function runTrain(options: { bundle?: string; out?: string; messages?: string }, write: (line: string) => void): number {
  if (options.out === undefined) throw new UsageError('missing --out FILE: where to write the bundle with its model');
  const bundle = loadChecker(options.bundle).bundle;
  const corpus = readCorpus();
  const written = readWrittenMessages();
  const extra: TrainingMessage[] =
    options.messages === undefined ? [] : readLabelledMessages(options.messages).map((m) => ({ ...m, part: 'train' as const }));
  const trainCount = corpus.filter((m) => m.part === 'train').length;
  const started = performance.now();
  const { model } = trainScorer(bundle, [...corpus, ...written, ...extra], {
    parseHost,
    trainedOn: `${trainCount} corpus messages (train part), ${written.length} written messages${extra.length > 0 ? ` and ${extra.length} from ${options.messages}` : ''}`,
  });
  writeFileSync(options.out, `${JSON.stringify({ ...bundle, model }, null, 2)}\n`);
  write(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s on ${model.trainedOn}; wrote ${options.out}`);
  write(formatFigures(model));
  return 0;
}
