import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileBundle } from '../validate-bundle.js';

const packageDir = new URL('../../', import.meta.url).pathname;
const redflags = join(packageDir, 'bin', 'redflags.mjs');
const starter = join(packageDir, 'fixtures', 'starter-bundle.json');

describe('redflags train', { timeout: 120_000 }, () => {
  it('writes the bundle with a model that compiles, the same model on a second run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redflags-train-'));
    const runs = ['a.json', 'b.json'].map((name) => {
      const run = spawnSync(process.execPath, [redflags, 'train', '--bundle', starter, '--out', join(dir, name)], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/trained in \d+\.\d s on 727 corpus messages \(train part\), 73 written messages/);
      expect(run.stdout).toMatch(/^cross-validated +scams flagged/m);
      return JSON.parse(readFileSync(join(dir, name), 'utf8'));
    });
    const checker = compileBundle(runs[0]);
    expect(checker.bundle.model?.figures.test?.scams.total).toBe(161);
    const { trainedAt: _a, ...first } = runs[0].model;
    const { trainedAt: _b, ...second } = runs[1].model;
    expect(second).toEqual(first);
  });

  it('asks for --out', () => {
    const run = spawnSync(process.execPath, [redflags, 'train', '--bundle', starter], { encoding: 'utf8' });
    expect(run).toMatchObject({ status: 1, stderr: 'redflags: missing --out FILE: where to write the bundle with its model\n' });
  });
});
