// `redflags check`: one message (argument or stdin), or JSON lines of messages with --jsonl.
import type { CheckResult } from '@redflags/schema';
import { UsageError } from './files.js';
import { loadChecker } from './load-checker.js';
import { markSignedSpans } from './mark-spans.js';

export const CHECK_HELP = `redflags check --bundle FILE [TEXT | -] [--json | --jsonl]

Checks a message against a rule bundle and prints the level and each warning sign
(its most specific finding first, the others as "also found"), with the words that
raised it in [brackets] followed by the sign's number: [press 1]{2}.

  TEXT        the message; "-" or nothing reads it from standard input
  --json      print the whole CheckResult as JSON
  --jsonl     read {"id","text"} lines from standard input and write
              {"id","level","score","rules":[...],"signs":[...]} lines`;

export interface CheckOptions {
  bundle?: string;
  json?: boolean;
  jsonl?: boolean;
  text?: string;
  readStdin: () => string;
  write: (line: string) => void;
}

export function runCheck(options: CheckOptions): number {
  const checker = loadChecker(options.bundle);
  if (options.jsonl === true) {
    options
      .readStdin()
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() === '') return;
        const { id, text } = parseJsonLine(line, i + 1);
        const result = checker.check(text);
        options.write(
          JSON.stringify({
            id,
            level: result.level,
            score: result.score,
            rules: result.findings.map((f) => f.ruleId),
            signs: result.signs.map((s) => s.id),
          }),
        );
      });
    return 0;
  }
  const text = options.text === undefined || options.text === '-' ? options.readStdin() : options.text;
  if (text.trim() === '') throw new UsageError('no message to check: give it as an argument or on standard input');
  const result = checker.check(text);
  if (options.json === true) options.write(JSON.stringify(result, null, 2));
  else options.write(describe(text, result));
  return 0;
}

function parseJsonLine(line: string, number: number): { id: string; text: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new UsageError(`stdin line ${number}: not valid JSON; each line must be {"id": "...", "text": "..."}`);
  }
  const record = value as { id?: unknown; text?: unknown };
  if (typeof record?.text !== 'string') throw new UsageError(`stdin line ${number}: "text" must be a string`);
  return { id: String(record.id ?? number), text: record.text };
}

function describe(text: string, result: CheckResult): string {
  const lines = [`Level: ${result.level} (score ${result.score})`];
  if (result.truncated) lines.push(`Only the first ${result.checkedLength} of ${result.inputLength} characters were checked.`);
  if (result.signs.length === 0) lines.push('No warning signs found.');
  else lines.push('', markSignedSpans(text, result.signs), '');
  result.signs.forEach((sign, index) => {
    const [lead, ...others] = sign.findings;
    // A sign the bundle does not list is titled after its finding: say it once.
    if (lead!.title === sign.title) lines.push(`${index + 1}. ${sign.title} [${sign.severity}, ${lead!.ruleId}]`);
    else lines.push(`${index + 1}. ${sign.title} [${sign.severity}]`, `   ${lead!.title} (${lead!.ruleId})`);
    lines.push(`   words: ${sign.spans.map((s) => `"${text.slice(s.start, s.end)}"`).join(', ')}`);
    lines.push(`   why: ${lead!.explanation}`);
    if (others.length > 0) lines.push(`   also found: ${others.map((f) => `${f.title} (${f.ruleId})`).join('; ')}`);
    const guides = [...new Set(sign.findings.flatMap((f) => f.guides.map((g) => g.title)))];
    if (guides.length > 0) lines.push(`   guide: ${guides.join('; ')}`);
  });
  lines.push('', result.disclaimer);
  return lines.join('\n');
}
