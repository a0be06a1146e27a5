// `npm run split -w @redflags/corpus`: gives messages added to the corpus a part, keeping every part already given.
import { existsSync, writeFileSync } from 'node:fs';
import { assignParts } from './split.js';
import { corpusFile, readMessages, readSplit, splitFile } from './index.js';

const messages = readMessages(corpusFile);
const existing = existsSync(splitFile) ? readSplit() : new Map();
const parts = assignParts(messages, existing);
const idsIn = (part: string) => messages.filter((m) => parts.get(m.id) === part).map((m) => m.id);
writeFileSync(splitFile, `${JSON.stringify({ test: idsIn('test'), train: idsIn('train') }, null, 1)}\n`);
const added = messages.filter((m) => !existing.has(m.id)).length;
console.log(`split: ${idsIn('train').length} train, ${idsIn('test').length} test (${added} newly assigned) → ${splitFile}`);
