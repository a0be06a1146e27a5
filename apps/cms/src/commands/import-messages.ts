// npm run import:messages -w @redflags/cms -- FILE.jsonl [--part train|test] [--ids odd|even]
// npm run import:messages -w @redflags/cms -- --corpus
// Imports labelled messages (the corpus format) into the test messages editors check rules against and
// the learned model is trained on. A file's messages go to the train part unless `--part test` says
// they are for measuring; `--corpus` imports the project's corpus, each message in its own part.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus } from '@redflags/corpus';
import { CorpusPart } from '@redflags/schema';
import { importMessages, type MessageToImport } from '../test-messages/import-messages.js';
import { readMessagesFile, type BadLine, type IdHalf } from '../test-messages/read-messages-file.js';
import { openPayload } from './open-payload.js';

const usage =
  'usage: npm run import:messages -w @redflags/cms -- FILE.jsonl [--part train|test] [--ids odd|even]\n       npm run import:messages -w @redflags/cms -- --corpus';
const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: { ids: { type: 'string' }, part: { type: 'string' }, corpus: { type: 'boolean' } },
  allowPositionals: true,
  strict: true,
});
const half = (values.ids ?? 'all') as IdHalf;
const part = CorpusPart.safeParse(values.part ?? 'train');
const problem =
  values.corpus === true
    ? positionals.length > 0 || values.part !== undefined || values.ids !== undefined
      ? '--corpus takes no file, --part or --ids: each corpus message goes to its own part'
      : undefined
    : positionals.length !== 1
      ? 'give exactly one FILE.jsonl (or --corpus)'
      : !['all', 'odd', 'even'].includes(half)
        ? `--ids must be odd or even, not "${half}"`
        : !part.success
          ? `--part must be train or test, not "${values.part}"`
          : undefined;
if (problem !== undefined) {
  process.stderr.write(`${problem}\n${usage}\n`);
  process.exit(2);
}

let messages: MessageToImport[];
let badLines: BadLine[] = [];
let label: string;
if (values.corpus === true) {
  messages = readCorpus().map(({ part: corpusPart, ...message }, index) => ({ line: index + 1, message, part: corpusPart }));
  label = 'the corpus';
} else {
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    process.exit(2);
  }
  const read = readMessagesFile(text, half);
  messages = read.messages.map((numbered) => ({ ...numbered, part: part.data ?? 'train' }));
  badLines = read.badLines;
  label = file;
  for (const bad of badLines) process.stderr.write(`${file}:${bad.line}: bad line, not imported: ${bad.problem}\n`);
}
const payload = await openPayload();
const report = await importMessages(payload, messages);
for (const skip of report.skipped) process.stdout.write(`skipped line ${skip.line} (${skip.id}): ${skip.reason}\n`);
const parts = values.corpus === true ? ' (each in its corpus part)' : ` into the ${part.data ?? 'train'} part`;
process.stdout.write(
  `import:messages: ${report.imported} imported from ${label}${parts}, ${report.skipped.length} skipped as duplicates, ${badLines.length} bad lines` +
    (half === 'all' ? '' : ` (${half}-numbered ids only)`) +
    '\n',
);
await payload.destroy();
process.exit(badLines.length > 0 ? 1 : 0);
