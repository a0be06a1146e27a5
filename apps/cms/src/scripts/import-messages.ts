// npm run import:messages -w @redflags/cms -- FILE.jsonl [--ids odd|even]
// Imports labelled messages (the corpus format) into the test messages editors check rules against.
// `--ids odd` keeps the even-numbered half out of the CMS, for measuring.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importMessages } from '../test-messages/import-messages.js';
import { readMessagesFile, type IdHalf } from '../test-messages/read-messages-file.js';
import { openPayload } from './open-payload.js';

const usage = 'usage: npm run import:messages -w @redflags/cms -- FILE.jsonl [--ids odd|even]';
const { values, positionals } = parseArgs({ args: process.argv.slice(2), options: { ids: { type: 'string' } }, allowPositionals: true, strict: true });
const half = (values.ids ?? 'all') as IdHalf;
if (positionals.length !== 1 || !['all', 'odd', 'even'].includes(half)) {
  process.stderr.write(`${positionals.length !== 1 ? 'give exactly one FILE.jsonl' : `--ids must be odd or even, not "${half}"`}\n${usage}\n`);
  process.exit(2);
}
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  process.stderr.write(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
  process.exit(2);
}
const { messages, badLines } = readMessagesFile(text, half);
for (const bad of badLines) process.stderr.write(`${file}:${bad.line}: bad line, not imported: ${bad.problem}\n`);
const payload = await openPayload();
const report = await importMessages(payload, messages);
for (const skip of report.skipped) process.stdout.write(`skipped line ${skip.line} (${skip.id}): ${skip.reason}\n`);
process.stdout.write(
  `import:messages: ${report.imported} imported, ${report.skipped.length} skipped as duplicates, ${badLines.length} bad lines` +
    (half === 'all' ? '' : ` (${half}-numbered ids only)`) + '\n',
);
await payload.destroy();
process.exit(badLines.length > 0 ? 1 : 0);
