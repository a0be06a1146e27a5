#!/usr/bin/env node
// The `redflags` command. Runs the compiled CLI from dist/ (build it with `npm run build -w @redflags/engine`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('redflags: the engine is not built yet; run `npm run build -w @redflags/engine` first\n');
  process.exit(1);
}
const { runFromCommandLine } = await import(entry.href);
runFromCommandLine(process.argv.slice(2));
