// node scripts/run.mjs src/commands/NAME.ts [arguments…]
// Runs one of the CMS's TypeScript scripts on plain Node: esbuild bundles the script with our own
// sources (every package stays an import) into src/.run/, then Node imports that file.
//
// Why not `payload run` or tsx: on Node 22 their loader (module.register, hooks on another thread)
// now and then never settled the import of the Payload configuration — 5 of 8 runs with tsx 4.22.4,
// once in a loaded CI run with 4.23.15 — and the script exited 0 having done nothing.
// A bundled file loads with no loader hooks at all.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
if (script === undefined || !script.endsWith('.ts')) {
  console.error('usage: node scripts/run.mjs src/commands/NAME.ts [arguments…]');
  process.exit(2);
}
const source = path.resolve(script);
// One folder below src/, like every source file that finds folders from its own location
// (src/config, src/collections, src/commands: `..` is src/, `../..` the CMS), so those paths hold.
const outDir = path.resolve(import.meta.dirname, '../src/.run');
const outfile = path.join(outDir, `${path.basename(source, '.ts')}.${process.pid}.mjs`);
mkdirSync(outDir, { recursive: true });
process.on('exit', () => rmSync(outfile, { force: true }));
// A run killed by a signal leaves its file; take away those whose process is gone.
for (const name of readdirSync(outDir)) {
  const pid = Number(/\.(\d+)\.mjs$/.exec(name)?.[1]);
  if (pid > 0 && !isRunning(pid)) rmSync(path.join(outDir, name), { force: true });
}

try {
  await build({
    entryPoints: [source],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node22',
    sourcemap: 'inline',
    logLevel: 'error',
  });
} catch (error) {
  // esbuild has already printed each problem with its file and line.
  console.error(`Could not build ${script}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
}
// The script reads its own arguments from process.argv.slice(2), as under `payload run`.
process.argv = [process.argv[0], source, ...args];
// Stack traces name the .ts files and lines (the bundle carries its source map).
process.setSourceMapsEnabled(true);
try {
  await import(pathToFileURL(outfile).href);
} catch (error) {
  console.error(`${script} failed:`);
  console.error(error);
  process.exit(1);
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return error.code === 'EPERM';
  }
}
