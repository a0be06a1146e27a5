import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Spawns the real bin against dist/ (built by the global setup), as a user would run it.
const packageDir = new URL('../../', import.meta.url).pathname;
const bin = join(packageDir, 'bin', 'redflags.mjs');
const starter = join(packageDir, 'fixtures', 'starter-bundle.json');
const redflags = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });

describe('redflags check', { timeout: 30_000 }, () => {
  it('prints the level, marks the triggering words with the numbers of their signs, and lists each sign once', () => {
    const run = redflags(['check', '--bundle', starter, 'Amazon: a suspicious purchase was made. Press 1 now']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Level: high (score 8)');
    expect(run.stdout).toContain('[Amazon]{1}: a [suspicious purchase was made]{1,2}. [Press 1]{1,3} now');
    expect(run.stdout).toContain(
      '1. Amazon "fraud prevention" call about a purchase [strong, amazon-charge-call]\n   words: "Amazon", "suspicious purchase was made", "Press 1"\n',
    );
  });

  it('folds the other findings of a sign under its most specific one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redflags-'));
    const bundle = JSON.parse(readFileSync(starter, 'utf8'));
    bundle.signs = [{ id: 'claims-a-charge', title: 'Claims a purchase you did not make' }];
    for (const rule of bundle.rules)
      if (['amazon-charge-call', 'unexpected-purchase-alert'].includes(rule.id)) rule.sign = 'claims-a-charge';
    writeFileSync(join(dir, 'signs.json'), JSON.stringify(bundle));
    const run = redflags(['check', '--bundle', join(dir, 'signs.json'), 'Amazon: a suspicious purchase was made. Press 1 now']);
    expect(run.stdout).toContain('[Amazon]{1}: a [suspicious purchase was made]{1}. [Press 1]{1,2} now');
    expect(run.stdout).toContain(
      '1. Claims a purchase you did not make [strong]\n   Amazon "fraud prevention" call about a purchase (amazon-charge-call)\n' +
        '   words: "Amazon", "suspicious purchase was made", "Press 1"\n',
    );
    expect(run.stdout).toContain('   also found: Says a purchase or charge you did not make was detected (unexpected-purchase-alert)\n');
    expect(run.stdout).toContain('2. Tells you to press a key to speak to someone [moderate, press-a-key-to-respond]');
  });

  it('reads the message from stdin with "-" and prints JSON with --json', () => {
    const run = redflags(['check', '--bundle', starter, '--json', '-'], 'Running 10 min late, save me a seat x');
    expect(JSON.parse(run.stdout)).toMatchObject({ level: 'none', score: 0, findings: [] });
  });

  it('checks JSON lines with --jsonl', () => {
    const input = '{"id":"a","text":"Running late"}\n{"id":"b","text":"Buy gift cards and read me the codes on the back"}\n';
    const lines = redflags(['check', '--bundle', starter, '--jsonl'], input)
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { id: 'a', level: 'none', score: 0, rules: [], signs: [] },
      {
        id: 'b',
        level: 'high',
        score: 8,
        rules: ['gift-card-payment', 'asks-to-pass-on-a-code'],
        signs: ['gift-card-payment', 'asks-to-pass-on-a-code'],
      },
    ]);
  });

  it('says what to do when the bundle is missing', () => {
    const run = redflags(['check', 'hello']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'redflags: missing --bundle FILE: give the rule bundle to check against (e.g. --bundle packages/engine/fixtures/starter-bundle.json)\n',
    );
  });
});

describe('redflags validate', { timeout: 30_000 }, () => {
  it('accepts the starter bundle', () => {
    const run = redflags(['validate', starter]);
    expect(run).toMatchObject({ status: 0, stdout: `${starter}: 39 rules, no problems\n` });
  });

  it('exits 1 listing every problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redflags-'));
    const bundle = JSON.parse(readFileSync(starter, 'utf8'));
    bundle.rules[6].match.patterns[0].regex = '(a+)+$';
    bundle.rules[7].examples.mustMatch = ['nothing to see'];
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bundle));
    const run = redflags(['validate', join(dir, 'bad.json')]);
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').slice(1, 4)).toEqual([
      "- rule 'unexpected-purchase-alert' › match.patterns.0.regex: pattern `(a+)+$` can backtrack catastrophically: it repeats a part that can itself match in more than one way, as in (a+)+, (a?a)+ or (a|aa)+; rewrite it without the nested repetition",
      '- rule \'unexpected-purchase-alert\' › match.patterns.0.literal: pattern `(a+)+$` does not always contain its literal "purchase"; choose text every match contains, written the same way in the pattern',
      '- rule \'press-a-key-to-respond\' › examples.mustMatch.0: example "nothing to see" must make this rule fire but it did not (none of its phrases, patterns or features matched); change the rule or the example',
    ]);
  });
});

describe('redflags qa and --help', { timeout: 60_000 }, () => {
  it('prints per-rule figures and overall rates', () => {
    const run = redflags(['qa', '--bundle', starter, '--messages', join(packageDir, 'fixtures', 'qa-messages.jsonl'), '--json']);
    const report = JSON.parse(run.stdout);
    expect(report.overall).toMatchObject({ scams: 3, harmless: 3 });
    expect(report.rules.find((r: { ruleId: string }) => r.ruleId === 'gift-card-payment')).toMatchObject({
      scamHits: 2,
      harmlessHits: 0,
      scamIds: ['m01', 'm02'],
    });
  });

  it('has help for every command', () => {
    for (const command of ['check', 'validate', 'qa', 'eval', 'train']) {
      const run = redflags([command, '--help']);
      expect(run.status).toBe(0);
      expect(run.stdout.startsWith(command === 'eval' ? 'npm run eval' : `redflags ${command}`)).toBe(true);
    }
    expect(redflags(['--help']).stdout).toContain('Commands:');
    expect(redflags(['frobnicate']).stderr).toBe(
      'redflags: unknown command "frobnicate"; use one of: check, validate, qa, eval, train (see redflags --help)\n',
    );
  });
});
