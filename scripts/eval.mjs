// `npm run eval [-- ARGS]`: measures the launch rules (the CMS seed content) with `redflags eval`: trains the
// learned scorer on the corpus train part and prints train, cross-validated and test figures.
// `npm run eval -- --bundle FILE` measures another bundle instead (e.g. one exported from the CMS).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
if (!args.includes('--bundle') && !args.includes('--help') && !args.includes('-h')) {
  const bundle = join(mkdtempSync(join(tmpdir(), 'redflags-eval-')), 'launch-bundle.json');
  // Its progress line goes to stderr, so `-- --json` prints JSON only.
  const written = spawnSync('npx', ['tsx', 'apps/cms/src/seed/write-seed-bundle.ts', bundle], { cwd: root, stdio: ['ignore', 2, 2] });
  if (written.status !== 0) process.exit(written.status ?? 1);
  args.unshift('--bundle', bundle);
}
const run = spawnSync('npm', ['run', '--silent', 'eval', '-w', '@redflags/engine', '--', ...args], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
