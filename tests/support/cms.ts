// Runs the real CMS for end-to-end tests: a seeded SQLite database in a temporary folder,
// prepared with the CMS's own scripts (committed migrations, seed, first admin) and served by `next start`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, startProcess, waitForUrl, type RunningProcess } from '@redflags/processes';

export const repoRoot = resolve(import.meta.dirname, '../..');
const cmsRoot = join(repoRoot, 'apps/cms');
export const ADMIN = { email: 'e2e-admin@example.org', password: 'an e2e admin password' };

export interface CmsDatabase {
  directory: string;
  env: NodeJS.ProcessEnv;
}

/** A temporary database with the launch content seeded (migrations, seed and first admin). */
export function prepareSeededDatabase(extraEnv: NodeJS.ProcessEnv = {}): CmsDatabase {
  const directory = mkdtempSync(join(tmpdir(), 'redflags-e2e-cms-'));
  const env = databaseEnv(directory, extraEnv);
  runCmsScript(['run', '--silent', 'prepare:db'], env);
  return { directory, env };
}

/** Copies a prepared database (the folder prepareSeededDatabase made) so a test can change it freely. */
export function copyDatabase(sourceDirectory: string, extraEnv: NodeJS.ProcessEnv = {}): CmsDatabase {
  const directory = mkdtempSync(join(tmpdir(), 'redflags-e2e-cms-'));
  // The write-ahead log too: the last writes of the preparing scripts (the corpus import, the first model)
  // can still be in it rather than in cms.db.
  for (const file of ['cms.db', 'cms.db-wal']) {
    if (existsSync(join(sourceDirectory, file))) copyFileSync(join(sourceDirectory, file), join(directory, file));
  }
  return { directory, env: databaseEnv(directory, extraEnv) };
}

/** The CMS environment for a database kept in `directory`. */
function databaseEnv(directory: string, extraEnv: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URI: `file:${join(directory, 'cms.db')}`,
    PAYLOAD_SECRET: 'e2e-test-secret',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    REDFLAGS_MEDIA_DIR: join(directory, 'media'),
    NEXT_TELEMETRY_DISABLED: '1',
    ...extraEnv,
  };
}

/** Writes DIR/content.json from the database with the CMS's export script. */
export function exportContent(database: CmsDatabase, outDir: string): void {
  runCmsScript(['run', '--silent', 'export', '--', '--out', outDir], database.env);
}

/** Serves the built CMS (`next start`) on a free port. */
export async function startCms(database: CmsDatabase): Promise<RunningProcess & { url: string }> {
  if (!existsSync(join(cmsRoot, '.next/BUILD_ID'))) runCmsScript(['run', 'build'], database.env);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const next = join(repoRoot, 'node_modules/.bin/next');
  const cms = startProcess(process.execPath, [next, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: cmsRoot,
    env: database.env,
  });
  await waitForUrl(`${url}/api/bundle`, cms, 'the CMS', 90_000).catch(async (error: Error) => {
    await cms.stop();
    throw new Error(`${error.message}:\n${cms.output()}`);
  });
  return { ...cms, url };
}

/** Logs in through the REST API and returns the Authorization header value. */
export async function logIn(cmsUrl: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  return `JWT ${token}`;
}

function runCmsScript(args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync('npm', args, { cwd: cmsRoot, env, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`npm ${args.join(' ')} (apps/cms) failed with exit ${result.status}:\n${result.stdout}\n${result.stderr}`);
}
