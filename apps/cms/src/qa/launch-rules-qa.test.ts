// CI gate (rule QA): the seeded launch rules run over the corpus's train part (the part rules are tuned on);
// any scored rule with S/O below 0.8 over at least 3 hits fails, named with its worst harmless hits.
import { buildLaunchBundle, readLaunchContent } from '@redflags/content';
import { readCorpus } from '@redflags/corpus';
import { compileBundle, runQa } from '@redflags/engine';
import { describe, expect, it } from 'vitest';
import { describeLowPrecision, lowPrecisionRules } from './precision-gate.js';

describe('launch rules on the train part of the corpus', () => {
  it('has no scored rule with S/O below 0.8 over at least 3 hits', () => {
    const messages = readCorpus().filter((m) => m.part === 'train');
    expect(messages.length).toBeGreaterThan(0);
    const checker = compileBundle(buildLaunchBundle(readLaunchContent()));
    const qaMessages = messages.map((m) => ({ id: m.id, label: m.label, text: m.text }));
    const texts = new Map(qaMessages.map((m) => [m.id, m.text]));
    const failing = lowPrecisionRules(runQa(checker, qaMessages), checker, (id) => texts.get(id) ?? '', { minHits: 3 });
    expect(failing.map(describeLowPrecision)).toEqual([]);
  });
});
