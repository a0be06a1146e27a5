// Start-up (`npm run prepare:db`, the first step of `npm start`) against a SQLite file another process
// holds locked, and against a file that cannot be written (made immutable with chattr, with its folder: the tests
// run as root, for whom file modes change nothing). Each fails with a message naming the file and what to
// check, and leaves the database as it was: it opens afterwards, passes an integrity check and reads
// the same rows. (The unreachable-MongoDB start-up is in unreachable-mongodb.test.ts.)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cmsRoot = path.resolve(import.meta.dirname, '../..');
const directory = mkdtempSync(path.join(tmpdir(), 'redflags-sqlite-faults-'));
const dbFile = path.join(directory, 'cms.db');

function runPrepare(): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', 'prepare:db'], {
      cwd: cmsRoot,
      env: {
        ...process.env,
        DATABASE_URI: `file:${dbFile}`,
        PAYLOAD_SECRET: 'test',
        REDFLAGS_SEED: 'false',
        ADMIN_EMAIL: 'first@example.org',
        ADMIN_PASSWORD: 'a long password',
      },
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Generous: a loaded 2-core machine has taken 72 s for a locked start-up (Payload's import, then the busy wait).
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output, ms: Date.now() - started });
    });
  });
}

/** What the database holds, read without Payload: integrity, users, applied migrations. */
function snapshot(): { integrity: string; users: string[]; migrations: string[] } {
  const db = new DatabaseSync(dbFile, { readOnly: true });
  try {
    const integrity = (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check;
    const users = (db.prepare('SELECT email, role FROM users ORDER BY id').all() as Array<{ email: string; role: string }>).map(
      (u) => `${u.email}:${u.role}`,
    );
    const migrations = (db.prepare('SELECT name FROM payload_migrations ORDER BY id').all() as Array<{ name: string }>).map((m) => m.name);
    return { integrity, users, migrations };
  } finally {
    db.close();
  }
}

let prepared: ReturnType<typeof snapshot>;

beforeAll(async () => {
  // No second try: the start-up that once ended printing nothing was tsx's loader (scripts/run.mjs), and
  // a repeat should fail here with what the start-up gave.
  const first = await runPrepare();
  expect(first.output, `exit ${first.code}, signal ${first.signal}, ${first.ms} ms`).toContain('database ready');
  expect(first.code).toBe(0);
  prepared = snapshot();
  expect(prepared.integrity).toBe('ok');
  expect(prepared.users).toEqual(['first@example.org:admin']);
  expect(prepared.migrations.length).toBeGreaterThan(0);
}, 240_000);

afterAll(() => {
  spawnSync('chattr', ['-i', directory]);
  for (const name of readdirSync(directory)) spawnSync('chattr', ['-i', path.join(directory, name)]);
  rmSync(directory, { recursive: true, force: true });
});

describe('a SQLite file another process holds locked', () => {
  it('start-up stops with a message naming the file and the lock, and the data is unchanged', async () => {
    // Wipe the admin so start-up has to write (create the first admin again) while the lock is held.
    const holder = new DatabaseSync(dbFile);
    holder.exec('DELETE FROM users_sessions; DELETE FROM users;');
    const beforeLock = snapshot();
    holder.exec('BEGIN EXCLUSIVE');
    let result: Awaited<ReturnType<typeof runPrepare>>;
    try {
      result = await runPrepare();
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    console.log(`locked SQLite: exit ${result.code} after ${result.ms} ms`);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`Cannot use the SQLite database ${dbFile}.`);
    expect(result.output).toMatch(/database is locked|SQLITE_BUSY/i);
    expect(result.output).toContain('that no other process holds the file locked');
    expect(snapshot(), 'unchanged while locked').toEqual(beforeLock);
    // Released, the same database starts and gets its admin back.
    const again = await runPrepare();
    expect(again.code, again.output.slice(-2000)).toBe(0);
    expect(snapshot(), again.output.slice(-2000)).toEqual(prepared);
  }, 400_000);
});

describe('a SQLite file that cannot be written', () => {
  it('start-up stops with a message naming the file, and the data is unchanged', async () => {
    const writer = new DatabaseSync(dbFile);
    writer.exec('DELETE FROM users_sessions; DELETE FROM users;');
    writer.close();
    const before = snapshot();
    // The file, any journal beside it, and the folder (so no journal or WAL file can be created).
    const frozen = [...readdirSync(directory).map((name) => path.join(directory, name)), directory];
    for (const target of frozen) {
      const chattr = spawnSync('chattr', ['+i', target], { encoding: 'utf8' });
      expect(chattr.status, chattr.stderr).toBe(0);
    }
    let result: Awaited<ReturnType<typeof runPrepare>>;
    try {
      result = await runPrepare();
    } finally {
      for (const target of frozen) spawnSync('chattr', ['-i', target]);
    }
    console.log(`read-only SQLite: exit ${result.code} after ${result.ms} ms`);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`Cannot use the SQLite database ${dbFile}.`);
    expect(result.output).toMatch(/readonly database|SQLITE_READONLY|SQLITE_CANTOPEN|EPERM|EACCES/i);
    expect(snapshot()).toEqual(before);
    const again = await runPrepare();
    expect(again.code).toBe(0);
    expect(snapshot()).toEqual(prepared);
  }, 400_000);
});
