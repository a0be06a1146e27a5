// Builds the site once from a content directory and serves it with the site's own node server.
// REDFLAGS_E2E_CONTENT points the build at other content (e.g. the seeded CMS export); default: the site's fixture.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  for (const dir of ['apps/site/src', 'apps/site/server', 'apps/site/integrations', 'packages/engine/dist', 'packages/schema/dist']) walk(join(root, dir));
  for (const file of ['apps/site/astro.config.mjs', 'apps/site/package.json']) {
    hash.update(file).update(readFileSync(join(root, file)));
  }
  hash.update(readFileSync(join(contentDir, 'content.json')));
  return hash.digest('hex');
}

/** Builds the site into tests/site/.build/dist unless an identical build is already there. */
export function buildSite(): string {
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

/** Builds if needed, then starts `apps/site/server/serve.mjs` on a free port; `env` adds to the server's environment. */
export async function startSite(env: Record<string, string> = {}): Promise<RunningSite> {
  const dir = buildSite();
  const child: ChildProcess = spawn(process.execPath, [join(siteDir, 'server/serve.mjs'), dir], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`the site server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /at (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the site server exited (${code}):\n${output}`)));
  });
  return {
    url,
    log: () => output,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
