// Writes the seed content's rule bundle to a JSON file, for `npm run eval -w @redflags/engine -- --bundle FILE`.
// Run it from the repository root with tsx (it resolves the `.js` imports to the `.ts` sources, which Node's
// own type stripping does not):
//   npx tsx apps/cms/src/seed/write-seed-bundle.ts /tmp/seed-bundle.json
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchContent } from './content/index.js';
import { buildSeedBundle } from './seed-bundle.js';

const target = process.argv[2];
if (target === undefined) {
  console.error('usage: npx tsx apps/cms/src/seed/write-seed-bundle.ts OUTPUT.json  (give the file to write the bundle to)');
  process.exit(2);
}
const bundle = buildSeedBundle(launchContent);
writeFileSync(resolve(target), `${JSON.stringify(bundle, null, 2)}\n`);
console.log(`wrote ${bundle.rules.length} rules, ${bundle.brands?.length ?? 0} brands, ${bundle.guides?.length ?? 0} guides to ${target}`);
