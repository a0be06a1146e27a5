import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileBundle } from '../validate-bundle.js';
import { bundleOf, ruleWith } from '../test-support/bundles.js';
import { readLabelledMessages } from './files.js';
import { evaluateCorpus } from './eval-command.js';

const packageDir = new URL('../../', import.meta.url).pathname;
const messagesFile = join(packageDir, 'fixtures', 'qa-messages.jsonl');

describe('evaluateCorpus', () => {
  it('tallies flagged and high by label, kind and channel, and lists the harmless messages flagged', () => {
    const checker = compileBundle(bundleOf([ruleWith('gift-cards', { phrases: ['gift card'] }, { severity: 'strong' }), ruleWith('today', { phrases: ['today'] }, { severity: 'weak' })]));
    const summary = evaluateCorpus(checker, readLabelledMessages(messagesFile), 'all');
    expect(summary).toMatchObject({
      corpus: { size: 6, half: 'all' },
      rules: 2,
      scams: { total: 3, flagged: 2, high: 0 },
      harmless: { total: 3, flagged: 1, high: 0 },
      scamsByKind: { 'gift-card': { total: 2, flagged: 2, high: 0 }, 'bank-impersonation': { total: 1, flagged: 0, high: 0 } },
      scamsByChannel: { sms: { total: 2, flagged: 2, high: 0 }, call: { total: 1, flagged: 0, high: 0 } },
      harmlessFlagged: [{ id: 'm04', level: 'caution', rules: ['gift-cards'] }],
    });
  });
});

describe('npm run eval', { timeout: 30_000 }, () => {
  it('reads the corpus named by REDFLAGS_CORPUS, keeps one half and writes the summary', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'redflags-eval-')), 'summary.json');
    const run = spawnSync(process.execPath, [join(packageDir, 'bin', 'redflags.mjs'), 'eval', '--ids', 'odd', '--summary-out', out], {
      encoding: 'utf8',
      env: { ...process.env, REDFLAGS_CORPUS: messagesFile },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('corpus: 3 messages (odd), bundle: 39 rules');
    const summary = JSON.parse(readFileSync(out, 'utf8'));
    expect(summary).toMatchObject({ corpus: { size: 3, half: 'odd' }, scams: { total: 2 }, harmless: { total: 1 } });
    expect(summary.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses an unknown half', () => {
    const run = spawnSync(process.execPath, [join(packageDir, 'bin', 'redflags.mjs'), 'eval', '--ids', 'first'], { encoding: 'utf8' });
    expect(run).toMatchObject({ status: 1, stderr: 'redflags: --ids must be odd or even, not "first"\n' });
  });
});
