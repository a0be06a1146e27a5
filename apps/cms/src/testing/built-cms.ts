// Runs the built CMS (`next start`) on a temporary SQLite database, for browser and end-to-end tests.
// The database is prepared by the CMS's own script (migrations, seed, first admin), as `npm start` does.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startProcess, waitForUrl, type RunningProcess } from '@redflags/processes';

/** apps/cms: where the CMS's npm scripts run and `next start` serves `.next` from. */
export const cmsRoot = path.resolve(import.meta.dirname, '../..');
const nextBin = path.resolve(cmsRoot, '../../node_modules/.bin/next');
const DATABASE_FILE = 'cms.db';

export interface CmsDatabaseOptions {
  /** The first admin, created by prepare:db in a database without users (ADMIN_EMAIL, ADMIN_PASSWORD). */
  email: string;
  password: string;
  /** Seed the launch content into an empty database; false sets REDFLAGS_SEED=false. Default true. */
  seed?: boolean;
  /** Names the temporary folder: redflags-<label>-XXXXXX. Default 'cms'. */
  label?: string;
  /** Set last, over the rest; a variable given as undefined is removed (e.g. SITE_REBUILD_URL). */
  env?: Record<string, string | undefined>;
}

export interface CmsDatabase {
  directory: string;
  /** The SQLite file, absent until prepared or copied in. */
  file: string;
  /** The environment the CMS's scripts and server run with. */
  env: NodeJS.ProcessEnv;
}

export interface ServedCms extends RunningProcess {
  baseUrl: string;
}

export interface BuiltCms extends CmsDatabase {
  baseUrl: string;
  /** Ends the server and deletes the temporary folder. */
  stop(): Promise<void>;
}

/**
 * Prepares a temporary database and serves the built CMS on it, on a free port.
 * @example const cms = await startBuiltCms({ email, password, seed: false }); … await cms.stop();
 */
export async function startBuiltCms(options: CmsDatabaseOptions & { readyTimeoutMs?: number }): Promise<BuiltCms> {
  const database = createCmsDatabase(options);
  const removeFolder = () => rmSync(database.directory, { recursive: true, force: true });
  try {
    prepareCmsDatabase(database);
    const server = await serveBuiltCms(database.env, options);
    return {
      ...database,
      baseUrl: server.baseUrl,
      stop: async () => {
        await server.stop();
        removeFolder();
      },
    };
  } catch (error) {
    removeFolder();
    throw error;
  }
}

/** A new temporary folder and the environment for a database kept in it; nothing is written yet. */
export function createCmsDatabase(options: CmsDatabaseOptions): CmsDatabase {
  const directory = mkdtempSync(path.join(tmpdir(), `redflags-${options.label ?? 'cms'}-`));
  const file = path.join(directory, DATABASE_FILE);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: `file:${file}`,
    PAYLOAD_SECRET: 'test-secret-not-for-production',
    ADMIN_EMAIL: options.email,
    ADMIN_PASSWORD: options.password,
    REDFLAGS_MEDIA_DIR: path.join(directory, 'media'),
    NEXT_TELEMETRY_DISABLED: '1',
  };
  if (options.seed === false) env.REDFLAGS_SEED = 'false';
  else delete env.REDFLAGS_SEED;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return { directory, file, env };
}

/** A new temporary folder holding a copy of the database prepared in `sourceDirectory`. */
export function copyCmsDatabase(sourceDirectory: string, options: CmsDatabaseOptions): CmsDatabase {
  const database = createCmsDatabase(options);
  // The write-ahead log too: the preparing scripts' last writes can still be in it rather than in the file.
  for (const suffix of ['', '-wal']) {
    const source = path.join(sourceDirectory, DATABASE_FILE + suffix);
    if (existsSync(source)) copyFileSync(source, database.file + suffix);
  }
  return database;
}

/** Runs the committed migrations, the seed (unless turned off) and the first admin. */
export function prepareCmsDatabase(database: CmsDatabase): void {
  runCmsScript(['run', '--silent', 'prepare:db'], database.env);
}

/** Runs `npm <args>` in apps/cms; throws with its output when it fails. */
export function runCmsScript(args: string[], env: NodeJS.ProcessEnv): void {
  // A `next build` prints more than spawnSync's default 1 MiB buffer allows on a bad day.
  const result = spawnSync('npm', args, { cwd: cmsRoot, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
    throw new Error(`npm ${args.join(' ')} (apps/cms) failed with ${why}:\n${result.stdout}\n${result.stderr}`);
  }
}

/** Serves the built CMS (`next start`, building first when .next/BUILD_ID is missing) until /api/bundle answers. */
export async function serveBuiltCms(env: NodeJS.ProcessEnv, options: { readyTimeoutMs?: number } = {}): Promise<ServedCms> {
  if (!existsSync(path.join(cmsRoot, '.next', 'BUILD_ID'))) runCmsScript(['run', 'build'], env);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = startProcess(process.execPath, [nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: cmsRoot,
    env,
  });
  try {
    await waitForUrl(`${baseUrl}/api/bundle`, server, 'the CMS', options.readyTimeoutMs ?? 60_000);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}; its output:\n${server.output()}`);
  }
  return { ...server, baseUrl };
}
