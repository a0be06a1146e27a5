// Start-up against a MongoDB that is not there: `npm run prepare:db` (the first step of
// `npm start`) exits within 6 s with a
// message naming the host (password masked) and what to check.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const cmsRoot = path.resolve(import.meta.dirname, '../..');

function runPrepare(databaseUri: string): Promise<{ code: number | null; stderr: string; stdout: string; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', 'prepare:db'], {
      cwd: cmsRoot,
      env: { ...process.env, DATABASE_URI: databaseUri, PAYLOAD_SECRET: 'test' },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr, stdout, ms: Date.now() - started }));
  });
}

describe('an unreachable MongoDB', () => {
  it('stops start-up within 6 s, naming the host, masking the password, saying what to check', async () => {
    const result = await runPrepare('mongodb://editor:hunter2@127.0.0.1:1/redflags');
    process.stdout.write(`unreachable MongoDB: exit ${result.code} after ${result.ms} ms\n`);
    expect(result.code).toBe(1);
    expect(result.ms).toBeLessThan(6000);
    expect(result.stderr).toContain('Cannot connect to MongoDB at 127.0.0.1:1 (DATABASE_URI=mongodb://editor:****@127.0.0.1:1/redflags)');
    expect(result.stderr).toContain('Check that the MongoDB server is running');
    expect(result.stderr + result.stdout).not.toContain('hunter2');
  });
});
