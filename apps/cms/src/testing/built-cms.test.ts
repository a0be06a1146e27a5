// The parts of the built-CMS start-up that run without a server: the database folder, its
// environment, copying a prepared database and the error a failed script gives.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyCmsDatabase, createCmsDatabase, runCmsScript, type CmsDatabase } from './built-cms.js';

const account = { email: 'someone@example.org', password: 'a long password' };
const made: CmsDatabase[] = [];
const create = (...args: Parameters<typeof createCmsDatabase>) => {
  const database = createCmsDatabase(...args);
  made.push(database);
  return database;
};

afterEach(() => {
  for (const database of made.splice(0)) rmSync(database.directory, { recursive: true, force: true });
});

describe('createCmsDatabase', () => {
  it('makes an empty labelled temporary folder and points the CMS at a database and media inside it', () => {
    const database = create({ ...account, label: 'unit' });
    expect(path.dirname(database.directory)).toBe(tmpdir());
    expect(path.basename(database.directory)).toMatch(/^redflags-unit-\w{6}$/);
    expect(database.file).toBe(path.join(database.directory, 'cms.db'));
    expect(existsSync(database.file)).toBe(false);
    expect(database.env).toMatchObject({
      DATABASE_URI: `file:${database.file}`,
      ADMIN_EMAIL: 'someone@example.org',
      ADMIN_PASSWORD: 'a long password',
      REDFLAGS_MEDIA_DIR: path.join(database.directory, 'media'),
      NEXT_TELEMETRY_DISABLED: '1',
    });
  });

  it('turns the seed off only when asked, whatever the calling environment says', () => {
    process.env.REDFLAGS_SEED = 'false';
    try {
      expect('REDFLAGS_SEED' in create(account).env).toBe(false);
      expect('REDFLAGS_SEED' in create({ ...account, seed: true }).env).toBe(false);
    } finally {
      delete process.env.REDFLAGS_SEED;
    }
    expect(create({ ...account, seed: false }).env.REDFLAGS_SEED).toBe('false');
  });

  it('sets extra variables last and removes the ones given as undefined', () => {
    process.env.SITE_REBUILD_URL = 'http://127.0.0.1:1/rebuild';
    try {
      const database = create({ ...account, env: { SITE_REBUILD_URL: undefined, ADMIN_EMAIL: 'other@example.org', EXTRA: 'yes' } });
      expect('SITE_REBUILD_URL' in database.env).toBe(false);
      expect(database.env.ADMIN_EMAIL).toBe('other@example.org');
      expect(database.env.EXTRA).toBe('yes');
    } finally {
      delete process.env.SITE_REBUILD_URL;
    }
  });
});

describe('copyCmsDatabase', () => {
  it('copies the database file of a prepared folder into a new folder of its own', () => {
    const source = create(account);
    writeFileSync(source.file, 'not really sqlite');
    const copy = copyCmsDatabase(source.directory, { ...account, label: 'copy' });
    made.push(copy);
    expect(copy.directory).not.toBe(source.directory);
    expect(readFileSync(copy.file, 'utf8')).toBe('not really sqlite');
    expect(copy.env.DATABASE_URI).toBe(`file:${copy.file}`);
  });
});

describe('runCmsScript', () => {
  it('names the script, the folder and the exit code when the script fails', () => {
    expect(() => runCmsScript(['run', '--silent', 'no-such-script'], process.env)).toThrow(
      /^npm run --silent no-such-script \(apps\/cms\) failed with exit 1:/,
    );
  });
});
