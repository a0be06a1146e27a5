import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFile, readCorpus, TEST_SHARE } from './index.js';

describe('the corpus in this package', () => {
  const corpus = readCorpus();

  it('holds 1,038 valid messages, 538 scam and 500 legit, each with a part', () => {
    expect(corpus).toHaveLength(1038);
    expect(corpus.filter((m) => m.label === 'scam')).toHaveLength(538);
    expect(new Set(corpus.map((m) => m.id)).size).toBe(corpus.length);
  });

  it('has a split that names every message once and nothing else', () => {
    const split = JSON.parse(readFileSync(new URL('../split.json', import.meta.url), 'utf8')) as { test: string[]; train: string[] };
    const ids = [...split.test, ...split.train].sort();
    expect(ids).toEqual(corpus.map((m) => m.id).sort());
  });

  it('keeps 30% of scams and of legit messages for testing', () => {
    for (const label of ['scam', 'legit'] as const) {
      const ofLabel = corpus.filter((m) => m.label === label);
      const share = ofLabel.filter((m) => m.part === 'test').length / ofLabel.length;
      expect(Math.abs(share - TEST_SHARE)).toBeLessThan(0.01);
    }
  });

  it('names the file it reads', () => {
    expect(corpusFile).toMatch(/packages\/corpus\/messages\.jsonl$/);
  });
});

describe('the written messages', () => {
  it('are genuine, valid, learned from only, and share no id with the corpus', async () => {
    const { readWrittenMessages } = await import('./index.js');
    const written = readWrittenMessages();
    expect(written.length).toBeGreaterThanOrEqual(70);
    expect(new Set(written.map((m) => m.label))).toEqual(new Set(['legit']));
    expect(written.every((m) => m.learnOnly && m.part === 'train' && /^w\d{3}$/.test(m.id))).toBe(true);
  });
});
