// Measures the published bundle on the held-out half of the corpus with the engine's evaluation and
// writes src/data/evaluation.json for the /about page. Usage: npm run eval:about -w @redflags/site [-- CONTENT_JSON]
// (default: the last content snapshot, .content/content.json, written by every build).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const siteRoot = resolve(import.meta.dirname, '..');
const contentFile = resolve(process.argv[2] ?? process.env.REDFLAGS_CONTENT_SNAPSHOT ?? join(siteRoot, '.content/content.json'));
const summaryOut = join(siteRoot, 'src/data/evaluation.json');

let bundle;
try {
  bundle = JSON.parse(readFileSync(contentFile, 'utf8')).bundle;
} catch (error) {
  console.error(`Cannot read the rule bundle from ${contentFile} (${error.message}). Build the site first (npm run build -w @redflags/site) or pass a content.json.`);
  process.exit(1);
}
const bundleFile = join(mkdtempSync(join(tmpdir(), 'redflags-eval-')), 'bundle.json');
writeFileSync(bundleFile, JSON.stringify(bundle));

// --ids even: the half of the corpus kept apart from rule writing.
const run = spawnSync('npm', ['run', 'eval', '-w', '@redflags/engine', '--', '--bundle', bundleFile, '--ids', 'even', '--summary-out', summaryOut], {
  cwd: resolve(siteRoot, '../..'),
  stdio: 'inherit',
});
if (run.status !== 0) process.exit(run.status ?? 1);
console.log(`wrote ${summaryOut}`);
