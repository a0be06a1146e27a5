// Writes dist/bundle.schema.json, the JSON Schema of a rule bundle, for tools outside TypeScript.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { RuleBundle } from '../dist/index.js';

const schema = z.toJSONSchema(RuleBundle, { io: 'input', unrepresentable: 'any' });
writeFileSync(new URL('../dist/bundle.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log('wrote dist/bundle.schema.json');
