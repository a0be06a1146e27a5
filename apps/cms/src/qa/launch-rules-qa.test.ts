// CI gate (issue 9): the seeded launch rules run over the odd-numbered half of the labelled corpus;
// any scored rule with S/O below 0.8 over at least 3 hits fails, named with its worst harmless hits.
// The corpus is <repo root>/../shared/corpus/messages.jsonl unless REDFLAGS_CORPUS names another file.
import { compileBundle, runQa } from '@redflags/engine';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchContent } from '../seed/content/index.js';
import { buildSeedBundle } from '../seed/seed-bundle.js';
import { readMessagesFile } from '../test-messages/read-messages-file.js';
import { describeLowPrecision, lowPrecisionRules } from './precision-gate.js';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const corpusPath = process.env.REDFLAGS_CORPUS ?? path.resolve(repoRoot, '..', 'shared', 'corpus', 'messages.jsonl');

describe('launch rules on the odd half of the corpus', () => {
  it('has no scored rule with S/O below 0.8 over at least 3 hits', () => {
    expect(existsSync(corpusPath), `corpus not found at ${corpusPath}; set REDFLAGS_CORPUS to the labelled messages file`).toBe(true);
    const { messages, badLines } = readMessagesFile(readFileSync(corpusPath, 'utf8'), 'odd');
    expect(badLines).toEqual([]);
    expect(messages.length).toBeGreaterThan(0);
    const checker = compileBundle(buildSeedBundle(launchContent));
    const qaMessages = messages.map(({ message }) => ({ id: message.id, label: message.label, text: message.text }));
    const texts = new Map(qaMessages.map((m) => [m.id, m.text]));
    const failing = lowPrecisionRules(runQa(checker, qaMessages), checker, (id) => texts.get(id) ?? '', { minHits: 3 });
    expect(failing.map(describeLowPrecision)).toEqual([]);
  });
});
