// Builds the site once from a content directory and serves it with the site's own node server.
// REDFLAGS_E2E_CONTENT points the build at other content (e.g. the seeded CMS export); default: the site's fixture.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hasExited, startProcess, waitUntil } from '@redflags/processes';
import type { SiteContent } from '@redflags/schema';

const root = resolve(import.meta.dirname, '../..');
const siteDir = join(root, 'apps/site');
export const contentDir = resolve(process.env.REDFLAGS_E2E_CONTENT ?? join(siteDir, 'fixtures/content'));
const buildRoot = join(import.meta.dirname, '.build');
const outDir = join(buildRoot, 'dist');
const stampFile = join(buildRoot, 'stamp.txt');

/** A fingerprint of the content of everything the build reads: site sources, the built packages and the content. */
function fingerprint(): string {
  const hash = createHash('sha256').update(contentDir);
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (!name.endsWith('.map')) hash.update(path).update(readFileSync(path));
    }
  };
  for (const dir of ['apps/site/src', 'apps/site/server', 'apps/site/integrations', 'packages/engine/dist', 'packages/schema/dist'])
    walk(join(root, dir));
  for (const file of ['apps/site/astro.config.mjs', 'apps/site/package.json']) {
    hash.update(file).update(readFileSync(join(root, file)));
  }
  hash.update(readFileSync(join(contentDir, 'content.json')));
  return hash.digest('hex');
}

/** Builds the site into tests/site/.build/dist unless an identical build is already there. */
export function buildSiteForTests(): string {
  const stamp = fingerprint();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(join(outDir, 'server/entry.mjs'))) return outDir;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(buildRoot, { recursive: true });
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build', '-w', '@redflags/site'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      REDFLAGS_CONTENT: contentDir,
      REDFLAGS_SITE_OUT_DIR: outDir,
      REDFLAGS_CONTENT_SNAPSHOT: join(buildRoot, 'snapshot/content.json'),
    },
  });
  if (result.status !== 0) throw new Error(`the site build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  console.log(`built the site from ${contentDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  writeFileSync(stampFile, stamp);
  return outDir;
}

/** The content the site is built from, for tests that compare pages with it. */
export function readContent(): SiteContent {
  return JSON.parse(readFileSync(join(contentDir, 'content.json'), 'utf8')) as SiteContent;
}

export interface RunningSite {
  url: string;
  /** Everything the server has written to stdout and stderr so far. */
  log(): string;
  stop(): Promise<void>;
}

/** Builds if needed, then starts `apps/site/server/serve.ts` on a free port; `env` adds to the server's environment. */
export async function startSite(env: Record<string, string> = {}): Promise<RunningSite> {
  const dir = buildSiteForTests();
  const server = startProcess(process.execPath, [join(siteDir, 'server/serve.ts'), dir], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
  });
  const address = () => /at (http:\/\/[\d.]+:\d+)/.exec(server.output())?.[1];
  await waitUntil(
    async () => address() !== undefined || hasExited(server.child),
    20_000,
    () => `the site server did not start:\n${server.output()}`,
    50,
  );
  const url = address();
  if (!url) throw new Error(`the site server exited (${server.child.exitCode}):\n${server.output()}`);
  return { url, log: server.output, stop: server.stop };
}
