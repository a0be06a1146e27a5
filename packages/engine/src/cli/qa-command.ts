// `redflags qa`: per-rule hit figures on labelled messages (see ../qa.ts).
import { MIN_SCAM_SHARE, runQa, type QaReport } from '../qa.js';
import { readLabelledMessages, UsageError } from './files.js';
import { loadChecker } from './load-checker.js';

export const QA_HELP = `redflags qa --bundle FILE --messages FILE.jsonl [--json]

Runs every rule over labelled messages ({"id","label","channel","kind","text"} lines)
and prints, per rule, scam hits, harmless hits, S/O (scam hits / all hits) and the
ids of the harmless messages it hits. Rules with S/O below ${MIN_SCAM_SHARE}, rules that hit
nothing and rules whose every hit another scored rule also hits come first; overall
flagged and high rates come last. Building blocks (scored: false, marked "(block)")
show their hits but are not flagged for S/O or redundancy: they never score alone.`;

export function runQaCommand(options: { bundle?: string; messages?: string; json?: boolean }, write: (line: string) => void): number {
  if (options.messages === undefined)
    throw new UsageError('missing --messages FILE.jsonl: give labelled messages, e.g. packages/corpus/messages.jsonl');
  const checker = loadChecker(options.bundle);
  const report = runQa(checker, readLabelledMessages(options.messages));
  write(options.json === true ? JSON.stringify(report, null, 2) : describe(report));
  return 0;
}

function describe(report: QaReport): string {
  const lines = ['rule                                      scam  harmless  S/O    flags'];
  for (const rule of report.rules) {
    const share = rule.scamShare === null ? '  -  ' : rule.scamShare.toFixed(2).padStart(5);
    const flags = rule.flags.map((flag) => (flag === 'redundant' ? `redundant (covered by ${rule.coveredBy})` : flag)).join(', ');
    lines.push(
      `${(rule.ruleId + (rule.scored ? '' : ' (block)')).padEnd(40)} ${String(rule.scamHits).padStart(5)} ${String(rule.harmlessHits).padStart(9)}  ${share}  ${flags}`,
    );
    if (rule.harmlessIds.length > 0) lines.push(`${' '.repeat(42)}harmless: ${rule.harmlessIds.join(' ')}`);
  }
  const o = report.overall;
  lines.push(
    '',
    `scams:    ${o.scamsFlagged}/${o.scams} flagged (${pct(o.scamsFlaggedRate)}), ${o.scamsHigh} high (${pct(o.scamsHighRate)})`,
    `harmless: ${o.harmlessFlagged}/${o.harmless} flagged (${pct(o.harmlessFlaggedRate)}), ${o.harmlessHigh} high (${pct(o.harmlessHighRate)})`,
  );
  return lines.join('\n');
}

function pct(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}
