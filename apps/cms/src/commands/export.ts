// npm run export -w @redflags/cms -- --out DIR
// Writes DIR/content.json: all published content as SiteContent (the same as GET /api/export),
// for an offline site build. No server needed.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSiteContent } from '../publishing/build-site-content.js';
import { outPath } from './cli-args.js';
import { openPayload } from './open-payload.js';

const dir = path.resolve(
  process.env.INIT_CWD ?? process.cwd(),
  outPath(process.argv.slice(2), 'npm run export -w @redflags/cms -- --out DIR'),
);
const payload = await openPayload();
const { content, leftOut } = await buildSiteContent(payload);
for (const line of leftOut) process.stderr.write(`left out: ${line}\n`);
mkdirSync(dir, { recursive: true });
// Write then rename, so a reader never sees half a file.
const file = path.join(dir, 'content.json');
writeFileSync(`${file}.tmp`, `${JSON.stringify(content, null, 2)}\n`);
renameSync(`${file}.tmp`, file);
process.stdout.write(
  `wrote ${file}: ${content.guides.length} guides, ${content.brands.length} brands, ` +
    `${content.reportingBodies.length} reporting bodies, ${content.bundle.rules.length} rules\n`,
);
await payload.destroy();
process.exit(0);
