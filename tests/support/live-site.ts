// Runs the site's live server (apps/site/server/live-site.ts): it builds the site, serves it, and
// rebuilds when POST /rebuild arrives on its control port, as `npm start` does.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './cms.js';
import { freePort, startProcess, waitUntil, type RunningProcess } from '@redflags/processes';

export interface LiveSite extends RunningProcess {
  url: string;
  controlUrl: string;
  status(): Promise<LiveStatus>;
}

export interface LiveStatus {
  current?: string;
  building: boolean;
  pending: boolean;
  lastGood?: { id: string; at: string; seconds: number };
  lastFailure?: { at: string; step: string; error: string };
}

/**
 * Starts the live server on free ports (or those given), reading content from `contentUrl`;
 * resolves once the first build is live. `env` adds to its environment (e.g. REDFLAGS_PREVIEW_SECRET).
 */
export async function startLiveSite(
  contentUrl: string,
  options: { controlPort?: number; port?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<LiveSite> {
  const port = options.port ?? (await freePort());
  const controlPort = options.controlPort ?? (await freePort());
  // Builds must sit inside the repository: the server build resolves packages from node_modules.
  mkdirSync(join(repoRoot, 'apps/site/.builds'), { recursive: true });
  const buildsDir = mkdtempSync(join(repoRoot, 'apps/site/.builds/e2e-'));
  const snapshotDir = mkdtempSync(join(tmpdir(), 'redflags-e2e-snapshot-'));
  const site = startProcess(process.execPath, [join(repoRoot, 'apps/site/server/live-site.ts')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      REDFLAGS_REBUILD_PORT: String(controlPort),
      REDFLAGS_CONTENT: contentUrl,
      REDFLAGS_BUILDS_DIR: buildsDir,
      REDFLAGS_CONTENT_SNAPSHOT: join(snapshotDir, 'content.json'),
      REDFLAGS_REBUILD_DEBOUNCE_MS: '500',
      ...options.env,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  const controlUrl = `http://127.0.0.1:${controlPort}`;
  const status = async () => (await (await fetch(`${controlUrl}/status`)).json()) as LiveStatus;
  await waitUntil(
    async () => (await fetch(`${url}/`)).status === 200,
    240_000,
    () => `the live site never served its first build:\n${site.output()}`,
  );
  return {
    ...site,
    url,
    controlUrl,
    status,
    stop: async () => {
      await site.stop();
      rmSync(buildsDir, { recursive: true, force: true });
      rmSync(snapshotDir, { recursive: true, force: true });
    },
  };
}
