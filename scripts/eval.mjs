// `npm run eval [-- ARGS]`: measures the launch rules (@redflags/content) with `redflags eval`: trains the
// learned scorer on the corpus train part and prints train, cross-validated and test figures.
// `npm run eval -- --bundle FILE` measures another bundle instead (e.g. one exported from the CMS).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (command, args) => {
  const done = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (done.status !== 0) process.exit(done.status ?? 1);
};

// The engine and the content compiled from their sources, so the figures are those of the code as it is now.
run('npx', ['tsc', '-p', 'packages/engine/tsconfig.build.json']);
const args = process.argv.slice(2);
if (!args.includes('--bundle') && !args.includes('--help') && !args.includes('-h')) {
  run('npx', ['tsc', '-p', 'packages/content/tsconfig.build.json']);
  const { buildLaunchBundle, readLaunchContent } = await import('@redflags/content');
  const bundle = buildLaunchBundle(readLaunchContent());
  const file = join(mkdtempSync(join(tmpdir(), 'redflags-eval-')), 'launch-bundle.json');
  writeFileSync(file, `${JSON.stringify(bundle, null, 2)}\n`);
  // On stderr, so `-- --json` prints JSON only.
  console.error(
    `wrote ${bundle.rules.length} rules, ${bundle.brands?.length ?? 0} brands, ${bundle.guides?.length ?? 0} guides to ${file}`,
  );
  args.unshift('--bundle', file);
}
run('node', ['packages/engine/dist/cli/eval.js', ...args]);
