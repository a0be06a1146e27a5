// The `--out PATH` argument of the bundle and export scripts.
import { parseArgs } from 'node:util';

export function outPath(argv: string[], usage: string): string {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' } }, allowPositionals: false, strict: true });
  if (!values.out) {
    process.stderr.write(`missing --out\nusage: ${usage}\n`);
    process.exit(2);
  }
  return values.out;
}
