// `redflags eval` / `npm run eval`: trains the learned scorer for a bundle's rules on the corpus's train part
// and prints train, cross-validated and test figures with 95 % intervals, overall, per kind and per channel.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readCorpus, readWrittenMessages, type CorpusMessage } from '@redflags/corpus';
import type { BrowserRuleBundle, LabelledMessage, Level, LevelTally, ModelFigures, MessageLabel } from '@redflags/schema';
import { createChecker } from '../create-checker.js';
import { breakDown, type Breakdown, type Reading } from '../learn/measure.js';
import { trainScorer } from '../learn/train-scorer.js';
import { share } from '../learn/format-figures.js';
import { parseHost } from '../parse-host.js';
import { readLabelledMessages, starterBundlePath, UsageError } from './files.js';
import { loadChecker } from './load-checker.js';

export const EVAL_HELP = `npm run eval [-- --bundle FILE] [--messages FILE.jsonl] [--rules-only | --as-published] [--train-only] [--json] [--summary-out FILE]

Trains the learned scorer for the bundle's rules on the corpus's train part and the team's written messages
(@redflags/corpus; the written ones are learned from, never measured), then prints
scams flagged (caution or high) and high, and harmless messages flagged and high, with 95 % intervals:
  train            the train part, read by the model trained on it (optimistic)
  cross-validated  the train part, each message read by a model trained on the other 4 of 5 folds
  test             the test part, never trained or tuned on
overall, per kind and per channel; then the test part's harmless messages flagged and scams missed.

  --bundle FILE      the rules (default: the engine's starter bundle)
  --messages FILE    also measure on these labelled messages (a set kept outside the project)
  --rules-only       no learning: findings add up by severity, as for a bundle without a model
  --as-published     measure the bundle's own model as it is, without training
  --train-only       leave the test part out entirely (for tuning rules): train and cross-validated
                     figures, and the cross-validated mistakes instead of the test part's
  --summary-out FILE also write the figures as JSON`;

export interface EvalOptions {
  bundle?: string;
  messages?: string;
  rulesOnly?: boolean;
  asPublished?: boolean;
  trainOnly?: boolean;
  summaryOut?: string;
  json?: boolean;
}

export interface EvalSummary {
  date: string;
  rules: number;
  scoring: 'learned' | 'rules-only' | 'as-published';
  /** When the measured model was trained, if there is one. */
  modelTrainedAt?: string;
  parts: { train: Breakdown; crossValidated?: Breakdown; test?: Breakdown; other?: Breakdown };
  /** Messages read wrongly (harmless ones flagged, scams not flagged): the test part's, or with --train-only the cross-validated ones. */
  mistakes: { part: 'test' | 'crossValidated'; messages: Mistake[] };
}

export interface Mistake {
  id: string;
  label: MessageLabel;
  level: Level;
  findings: string[];
}

export function runEval(options: EvalOptions, write: (line: string) => void): number {
  if (options.rulesOnly === true && options.asPublished === true) throw new UsageError('choose one of --rules-only and --as-published');
  const bundle = loadChecker(options.bundle ?? starterBundlePath()).bundle;
  const corpus = options.trainOnly === true ? readCorpus().filter((m) => m.part === 'train') : readCorpus();
  const other = options.messages === undefined ? undefined : readLabelledMessages(options.messages);
  const summary = evaluate(bundle, corpus, other, options);
  if (options.summaryOut !== undefined) {
    mkdirSync(dirname(options.summaryOut), { recursive: true });
    writeFileSync(options.summaryOut, `${JSON.stringify(summary, null, 2)}\n`);
  }
  write(options.json === true ? JSON.stringify(summary, null, 2) : describe(summary, corpus));
  return 0;
}

/** Measures a bundle's rules (with a model trained here, its own model, or none) on the corpus parts. */
export function evaluate(
  bundle: BrowserRuleBundle,
  corpus: readonly CorpusMessage[],
  other: readonly LabelledMessage[] | undefined,
  options: Pick<EvalOptions, 'rulesOnly' | 'asPublished'>,
): EvalSummary {
  if (options.asPublished === true && bundle.model === undefined)
    throw new UsageError('--as-published: this bundle has no model; train one with `redflags train`');
  let measured = options.rulesOnly === true ? { ...bundle, model: undefined } : bundle;
  let crossValidatedLevels: Map<string, Level> | undefined;
  if (options.rulesOnly !== true && options.asPublished !== true) {
    // The team's written messages are learned from too (as the CMS does), and never measured.
    const trained = trainScorer(bundle, [...corpus, ...readWrittenMessages()], {
      parseHost,
      trainedOn: 'the corpus train part and the written messages',
    });
    measured = { ...bundle, model: trained.model };
    crossValidatedLevels = trained.crossValidatedLevels;
  }
  const checker = createChecker(measured, { patternBudgetMs: Number.POSITIVE_INFINITY });
  const read = (messages: readonly LabelledMessage[]) => breakDown(messages.map((m) => reading(m, checker.check(m.text).level)));
  const train = corpus.filter((m) => m.part === 'train');
  const test = corpus.filter((m) => m.part === 'test');
  // Mistakes are listed for the part that measures: the test part, or cross-validation when the test part is left out.
  const mistakesPart = test.length === 0 && crossValidatedLevels !== undefined ? 'crossValidated' : 'test';
  const mistakes = (mistakesPart === 'test' ? test : train).flatMap((m): Mistake[] => {
    const result = checker.check(m.text);
    const level = mistakesPart === 'test' ? result.level : crossValidatedLevels!.get(m.id)!;
    const wrong = m.label === 'scam' ? level === 'none' : level !== 'none';
    return wrong ? [{ id: m.id, label: m.label, level, findings: result.findings.map((f) => f.ruleId) }] : [];
  });
  return {
    date: new Date().toISOString().slice(0, 10),
    rules: bundle.rules.length,
    scoring: options.rulesOnly === true ? 'rules-only' : options.asPublished === true ? 'as-published' : 'learned',
    ...(measured.model === undefined ? {} : { modelTrainedAt: measured.model.trainedAt }),
    parts: {
      train: read(train),
      ...(crossValidatedLevels === undefined
        ? {}
        : { crossValidated: breakDown(train.map((m) => reading(m, crossValidatedLevels.get(m.id)!))) }),
      ...(test.length === 0 ? {} : { test: read(test) }),
      ...(other === undefined ? {} : { other: read(other) }),
    },
    mistakes: { part: mistakesPart, messages: mistakes },
  };
}

function reading(message: LabelledMessage, level: Level): Reading {
  return { id: message.id, label: message.label, kind: message.kind, channel: message.channel, level };
}

function describe(summary: EvalSummary, corpus: readonly CorpusMessage[]): string {
  const parts = Object.entries(summary.parts) as Array<[string, Breakdown]>;
  const header = `${''.padEnd(30)}${'scams flagged'.padEnd(22)}${'scams high'.padEnd(22)}${'harmless flagged'.padEnd(20)}harmless high`;
  const lines = [
    `${summary.rules} rules, scoring: ${summary.scoring}${summary.modelTrainedAt ? ` (model trained ${summary.modelTrainedAt})` : ''}`,
    '',
    header,
  ];
  for (const [name, part] of parts) lines.push(row(`${name} (${part.overall.scams.total}+${part.overall.harmless.total})`, part.overall));
  for (const [name, part] of parts) {
    lines.push(
      '',
      `${name}: scams by kind`,
      ...Object.entries(part.scamsByKind)
        .sort()
        .map(([kind, t]) => row(`  ${kind}`, { scams: t })),
    );
    lines.push(
      `${name}: by channel`,
      ...Object.entries(part.byChannel)
        .sort()
        .map(([channel, f]) => row(`  ${channel}`, f)),
    );
  }
  lines.push('', ...listMistakes(summary, corpus));
  return lines.join('\n');
}

function row(label: string, figures: Partial<ModelFigures>): string {
  const cell = (tally: LevelTally | undefined, key: 'flagged' | 'high', width: number) =>
    (tally && tally.total > 0 ? share(tally[key], tally.total) : '').padEnd(width);
  return `${label.padEnd(30)}${cell(figures.scams, 'flagged', 22)}${cell(figures.scams, 'high', 22)}${cell(figures.harmless, 'flagged', 20)}${cell(figures.harmless, 'high', 0)}`.trimEnd();
}

/** The harmless messages flagged and scams not flagged of the measuring part, so a reader sees what the figures count. */
function listMistakes(summary: EvalSummary, corpus: readonly CorpusMessage[]): string[] {
  const text = new Map(corpus.map((m) => [m.id, m.text.replace(/\s+/g, ' ')]));
  const line = (m: Mistake) => `  ${m.id} ${m.level.padEnd(7)} [${m.findings.join(', ')}] ${(text.get(m.id) ?? '').slice(0, 100)}`;
  const { part, messages } = summary.mistakes;
  const harmless = messages.filter((m) => m.label === 'legit');
  const missed = messages.filter((m) => m.label === 'scam');
  return [
    `${part}: harmless messages flagged (${harmless.length})`,
    ...harmless.map(line),
    `${part}: scams not flagged (${missed.length})`,
    ...missed.map(line),
  ];
}
