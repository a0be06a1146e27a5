// The script runner: a TypeScript script runs on plain Node with its arguments, and a failing or
// unbuildable script says which and exits 1, leaving no bundle behind.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cmsRoot = path.resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'redflags-run-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runScript(name: string, source: string, args: string[] = []) {
  const file = path.join(scratch, name);
  writeFileSync(file, source);
  const result = spawnSync(process.execPath, ['scripts/run.mjs', file, ...args], { cwd: cmsRoot, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const leftBundles = (name: string) => readdirSync(path.join(cmsRoot, 'src/.run')).filter((file) => file.startsWith(name));

describe('scripts/run.mjs', () => {
  it('runs a TypeScript script with its arguments and a workspace package, then deletes its bundle', () => {
    const result = runScript(
      'echo-args.ts',
      "import { levelFor } from '@redflags/engine';\nconst level: string = levelFor(7, { caution: 2, high: 6 });\nconsole.log(JSON.stringify([process.argv.slice(2), level]));\n",
      ['--out', 'some file'],
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([['--out', 'some file'], 'high']);
    expect(result.code).toBe(0);
    expect(leftBundles('echo-args.')).toEqual([]);
  });

  it('keeps the folders our sources find from their own location (the bundle sits one folder below src/)', () => {
    const config = path.join(cmsRoot, 'src/config/build-config.ts');
    const result = runScript('data-dir.ts', `import { dataDir } from ${JSON.stringify(config)};\nconsole.log(dataDir);\n`);
    expect(result.stdout.trim()).toBe(path.join(cmsRoot, '.data'));
    expect(result.code).toBe(0);
  });

  it('takes away the file of an earlier run that was killed, and keeps those of running ones', () => {
    const killed = path.join(cmsRoot, 'src/.run/killed.999999999.mjs');
    const running = path.join(cmsRoot, `src/.run/running.${process.pid}.mjs`);
    writeFileSync(killed, '');
    writeFileSync(running, '');
    try {
      expect(runScript('tidy.ts', "console.log('ran');\n").stdout).toBe('ran\n');
      expect(leftBundles('killed.')).toEqual([]);
      expect(leftBundles('running.')).toEqual([`running.${process.pid}.mjs`]);
    } finally {
      rmSync(running, { force: true });
    }
  });

  it('names the script and exits 1 when it throws, with the .ts file and line in the trace', () => {
    const result = runScript('throws.ts', "const reason: string = 'no --out given';\nthrow new Error(reason);\n");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('throws.ts failed:');
    expect(result.stderr).toContain('Error: no --out given');
    expect(result.stderr).toMatch(/throws\.ts:2:\d+/);
    expect(leftBundles('throws.')).toEqual([]);
  });

  it('exits 1 with the problem when the script does not build', () => {
    const result = runScript('broken.ts', "import { missing } from './no-such-file.js';\nconsole.log(missing);\n");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no-such-file.js');
    expect(result.stderr).toContain('Could not build');
  });

  it('refuses anything but a .ts file, with the usage', () => {
    const result = spawnSync(process.execPath, ['scripts/run.mjs'], { cwd: cmsRoot, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: node scripts/run.mjs src/commands/NAME.ts');
  });
});
