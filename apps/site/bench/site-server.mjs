// What the site's benchmarks share: their command-line options, the build they measure (built first when
// there is none) and the site's node server for it on a free loopback port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const siteRoot = resolve(new URL('..', import.meta.url).pathname);

/**
 * The value after `--name` on the command line, else `fallback`.
 * @param {string} name
 * @param {string} fallback
 * @example benchOption('duration', '10') // '5' when run with --duration 5
 */
export function benchOption(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
}

/**
 * The build to measure: `--dir`, else REDFLAGS_SITE_OUT_DIR, else apps/site/dist. When it holds no
 * server, the site is built there first; a failed build ends the process with the build's status.
 */
export function benchBuildDir() {
  const buildDir = resolve(benchOption('dir', process.env.REDFLAGS_SITE_OUT_DIR ?? join(siteRoot, 'dist')));
  if (!existsSync(join(buildDir, 'server/entry.mjs'))) {
    process.stderr.write(`no build in ${buildDir}; building the site first…\n`);
    const build = spawnSync('npm', ['run', 'build', '-w', '@redflags/site'], {
      cwd: join(siteRoot, '../..'),
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, REDFLAGS_SITE_OUT_DIR: buildDir },
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  return buildDir;
}

/**
 * Starts server/serve.ts on `buildDir` at a free loopback port, with `env` added to this process's
 * environment; resolves once it says where it listens. The server is stopped when this process exits.
 * @param {string} buildDir
 * @param {Record<string, string>} [env]
 * @returns {Promise<{ url: string, server: import('node:child_process').ChildProcess }>}
 */
export function startSiteServer(buildDir, env = {}) {
  const server = spawn(process.execPath, [join(siteRoot, 'server/serve.ts'), buildDir], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.on('exit', () => server.kill('SIGTERM'));
  return new Promise((done, fail) => {
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /at (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) done({ url: match[1], server });
    });
    server.once('exit', (code) => fail(new Error(`the site server exited (${code}):\n${output}`)));
  });
}
