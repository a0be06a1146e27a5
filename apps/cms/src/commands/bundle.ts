// npm run bundle -w @redflags/cms -- --out FILE
// Writes the published rule bundle (the same as GET /api/bundle) from the database, no server needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildRuleBundle } from '../publishing/build-site-content.js';
import { outPath } from './cli-args.js';
import { openPayload } from './open-payload.js';

const out = path.resolve(
  process.env.INIT_CWD ?? process.cwd(),
  outPath(process.argv.slice(2), 'npm run bundle -w @redflags/cms -- --out FILE'),
);
const payload = await openPayload();
const { bundle, leftOut } = await buildRuleBundle(payload);
for (const line of leftOut) process.stderr.write(`left out: ${line}\n`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(bundle, null, 2)}\n`);
process.stdout.write(
  `wrote ${out}: ${bundle.rules.length} rules, ${bundle.brands.length} brands, ${bundle.guides.length} guide summaries\n`,
);
await payload.destroy();
process.exit(0);
