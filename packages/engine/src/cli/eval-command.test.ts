import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusMessage } from '@redflags/corpus';
import { RuleBundle } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { bundleOf, ruleWith } from '../test-support/bundles.js';
import { learningMessages } from '../test-support/learning-messages.js';
import { evaluate } from './eval-command.js';

const packageDir = new URL('../../', import.meta.url).pathname;
const redflags = join(packageDir, 'bin', 'redflags.mjs');
const bundle = RuleBundle.parse(bundleOf([ruleWith('verify-now', { phrases: ['verify your'] }, { severity: 'strong' })]));
const corpus: CorpusMessage[] = learningMessages().map((m, i) => ({
  ...m,
  part: m.part ?? 'train',
  kind: m.label === 'scam' ? 'account' : 'none',
  channel: i % 4 === 0 ? 'email' : 'sms',
  source: '',
}));

describe('evaluate', { timeout: 120_000 }, () => {
  it('measures train, cross-validated and test parts by kind and channel', () => {
    const summary = evaluate(bundle, corpus, undefined, {});
    expect(summary.scoring).toBe('learned');
    expect(summary.parts.train.overall.scams.total).toBe(16);
    expect(summary.parts.crossValidated?.overall.harmless.total).toBe(16);
    expect(summary.parts.test?.overall).toMatchObject({ scams: { total: 4 }, harmless: { total: 4 } });
    expect(summary.parts.test?.scamsByKind.account?.total).toBe(4);
    expect(summary.mistakes.part).toBe('test');
    const channels = summary.parts.train.byChannel;
    expect((channels.email?.scams.total ?? 0) + (channels.email?.harmless.total ?? 0)).toBe(8);
  });

  it('measures the rules alone with --rules-only, without cross-validation', () => {
    const summary = evaluate(bundle, corpus, undefined, { rulesOnly: true });
    expect(summary.parts.crossValidated).toBeUndefined();
    // Only "verify your" scams reach the severity sum's caution threshold.
    expect(summary.parts.test?.overall.scams.flagged).toBe(1);
    expect(summary.mistakes.messages.filter((m) => m.label === 'scam')).toHaveLength(3);
  });

  it('leaves the test part out when given only the train part, listing cross-validated mistakes', () => {
    const summary = evaluate(
      bundle,
      corpus.filter((m) => m.part === 'train'),
      undefined,
      {},
    );
    expect(summary.parts.test).toBeUndefined();
    expect(summary.mistakes.part).toBe('crossValidated');
  });

  it('measures an extra labelled set as its own part', () => {
    const other = corpus.slice(0, 6);
    expect(evaluate(bundle, corpus, other, {}).parts.other?.overall.scams.total).toBe(3);
  });
});

describe('redflags eval', { timeout: 120_000 }, () => {
  it('trains on the corpus train part and prints the three parts with intervals, and writes the summary', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'redflags-eval-')), 'summary.json');
    const run = spawnSync(process.execPath, [redflags, 'eval', '--summary-out', out], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^train \(377\+350\) +\d+\.\d% \[\d+–\d+\]/m);
    expect(run.stdout).toMatch(/^crossValidated \(377\+350\)/m);
    expect(run.stdout).toMatch(/^test \(161\+150\)/m);
    const summary = JSON.parse(readFileSync(out, 'utf8'));
    expect(summary.parts.test.overall.scams.total).toBe(161);
  });

  it('prints no test figure and no test message with --train-only', () => {
    const run = spawnSync(process.execPath, [redflags, 'eval', '--train-only'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/^test/m);
    expect(run.stdout).toMatch(/^crossValidated: scams not flagged/m);
  });

  it('refuses --rules-only with --as-published', () => {
    const run = spawnSync(process.execPath, [redflags, 'eval', '--rules-only', '--as-published'], { encoding: 'utf8' });
    expect(run).toMatchObject({ status: 1, stderr: 'redflags: choose one of --rules-only and --as-published\n' });
  });
});
