// `redflags eval` / `npm run eval`: a bundle over the development corpus, by kind and by channel.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LabelledMessage } from '@redflags/schema';
import type { Checker } from '../checker.js';
import { corpusPath, readLabelledMessages, starterBundlePath, UsageError } from './files.js';
import { loadChecker } from './load-checker.js';

export const EVAL_HELP = `npm run eval [-- --bundle FILE] [--ids odd|even] [--summary-out FILE] [--json]

Runs a bundle (default: the engine's starter bundle) over the development corpus
(REDFLAGS_CORPUS, or ../shared/corpus/messages.jsonl beside the repository) and prints
scams flagged (caution or high) and high, harmless flagged and high, each by kind and
by channel, then lists the harmless messages flagged.

  --ids odd|even     only the odd- or even-numbered messages (d001 is odd)
  --summary-out FILE also write the figures as JSON (for the site's /about page)`;

interface Tally {
  total: number;
  flagged: number;
  high: number;
}

export interface EvalSummary {
  date: string;
  corpus: { size: number; half: 'odd' | 'even' | 'all' };
  rules: number;
  /** When the measured bundle was generated. */
  bundleGeneratedAt: string;
  scams: Tally;
  harmless: Tally;
  scamsByKind: Record<string, Tally>;
  scamsByChannel: Record<string, Tally>;
  harmlessByChannel: Record<string, Tally>;
  harmlessFlagged: Array<{ id: string; level: string; rules: string[] }>;
}

export function runEval(options: { bundle?: string; ids?: string; summaryOut?: string; json?: boolean }, write: (line: string) => void): number {
  if (options.ids !== undefined && options.ids !== 'odd' && options.ids !== 'even') throw new UsageError(`--ids must be odd or even, not "${options.ids}"`);
  const half = (options.ids ?? 'all') as EvalSummary['corpus']['half'];
  const checker = loadChecker(options.bundle ?? starterBundlePath());
  const messages = readLabelledMessages(corpusPath()).filter((m) => half === 'all' || (idNumber(m.id) % 2 === 1) === (half === 'odd'));
  const summary = evaluateCorpus(checker, messages, half);
  if (options.summaryOut !== undefined) {
    mkdirSync(dirname(options.summaryOut), { recursive: true });
    writeFileSync(options.summaryOut, `${JSON.stringify(summary, null, 2)}\n`);
  }
  write(options.json === true ? JSON.stringify(summary, null, 2) : describe(summary, messages));
  return 0;
}

/** Tallies a checker's levels over labelled messages. */
export function evaluateCorpus(checker: Checker, messages: readonly LabelledMessage[], half: EvalSummary['corpus']['half']): EvalSummary {
  const summary: EvalSummary = {
    date: new Date().toISOString().slice(0, 10),
    corpus: { size: messages.length, half },
    rules: checker.bundle.rules.length,
    bundleGeneratedAt: checker.bundle.generatedAt,
    scams: tally(),
    harmless: tally(),
    scamsByKind: {},
    scamsByChannel: {},
    harmlessByChannel: {},
    harmlessFlagged: [],
  };
  for (const message of messages) {
    const result = checker.check(message.text);
    const scam = message.label === 'scam';
    const targets = scam
      ? [summary.scams, (summary.scamsByKind[message.kind] ??= tally()), (summary.scamsByChannel[message.channel] ??= tally())]
      : [summary.harmless, (summary.harmlessByChannel[message.channel] ??= tally())];
    for (const target of targets) {
      target.total += 1;
      if (result.level !== 'none') target.flagged += 1;
      if (result.level === 'high') target.high += 1;
    }
    if (!scam && result.level !== 'none') summary.harmlessFlagged.push({ id: message.id, level: result.level, rules: result.findings.map((f) => f.ruleId) });
  }
  return summary;
}

function describe(summary: EvalSummary, messages: readonly LabelledMessage[]): string {
  const line = (label: string, t: Tally) => `${label.padEnd(28)} ${String(t.total).padStart(4)}  flagged ${ratio(t.flagged, t.total)}  high ${ratio(t.high, t.total)}`;
  const text = new Map(messages.map((m) => [m.id, m.text]));
  const lines = [
    `corpus: ${summary.corpus.size} messages (${summary.corpus.half}), bundle: ${summary.rules} rules`,
    line('scams', summary.scams),
    line('harmless', summary.harmless),
    '',
    'scams by kind:',
    ...Object.entries(summary.scamsByKind).sort().map(([kind, t]) => line(`  ${kind}`, t)),
    '',
    'scams by channel:',
    ...Object.entries(summary.scamsByChannel).sort().map(([channel, t]) => line(`  ${channel}`, t)),
    'harmless by channel:',
    ...Object.entries(summary.harmlessByChannel).sort().map(([channel, t]) => line(`  ${channel}`, t)),
    '',
    `harmless messages flagged (${summary.harmlessFlagged.length}):`,
    ...summary.harmlessFlagged.map((h) => `  ${h.id} ${h.level} [${h.rules.join(', ')}] ${(text.get(h.id) ?? '').slice(0, 100)}`),
  ];
  return lines.join('\n');
}

function tally(): Tally {
  return { total: 0, flagged: 0, high: 0 };
}

function ratio(part: number, whole: number): string {
  return `${part}/${whole} (${whole === 0 ? '0.0' : ((part / whole) * 100).toFixed(1)}%)`.padEnd(16);
}

function idNumber(id: string): number {
  return Number(/\d+/.exec(id)?.[0] ?? Number.NaN);
}
