// Load benchmark for POST /api/check, loopback only: serves the existing build (builds only if there
// is none), drives it with autocannon for 10 s at 32 connections with a mix of messages, and prints
// one JSON line. The rate limit stays on; loopback is exempted explicitly, for this run only.
// Usage: npm run bench:api [-- --duration 10 --connections 32 --dir apps/site/dist]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { BENCH_MESSAGES } from './api-messages.mjs';

const siteRoot = resolve(new URL('..', import.meta.url).pathname);
const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const duration = Number(option('duration', '10'));
const connections = Number(option('connections', '32'));
const buildDir = resolve(option('dir', process.env.REDFLAGS_SITE_OUT_DIR ?? join(siteRoot, 'dist')));

if (!existsSync(join(buildDir, 'server/entry.mjs'))) {
  process.stderr.write(`no build in ${buildDir}; building the site first…\n`);
  const build = spawnSync('npm', ['run', 'build', '-w', '@redflags/site'], {
    cwd: join(siteRoot, '../..'),
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, REDFLAGS_SITE_OUT_DIR: buildDir },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { url, server } = await startServer();
const requests = BENCH_MESSAGES.map((text) => ({
  method: 'POST',
  path: '/api/check',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ text }),
}));
// Warm up (JIT, the checker's one-time compile) before measuring.
await run({ url, connections: 4, amount: 500, requests });
const result = await run({ url, connections, duration, requests });
server.kill('SIGTERM');

console.log(
  JSON.stringify({
    requests_per_sec: Math.round(result.requests.average),
    p99_ms: result.latency.p99,
    p50_ms: result.latency.p50,
    max_ms: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    total_requests: result.requests.total,
    duration_s: duration,
    connections,
    messages: BENCH_MESSAGES.length,
    // What else the machine was doing: the p99 depends on it.
    cpus: availableParallelism(),
    load_average_1m: Number(loadavg()[0].toFixed(2)),
  }),
);

function run(options) {
  return new Promise((done, fail) => autocannon(options, (error, outcome) => (error ? fail(error) : done(outcome))));
}

/** Starts server/serve.mjs on a free loopback port, with loopback exempt from the rate limit. */
function startServer() {
  const server = spawn(process.execPath, [join(siteRoot, 'server/serve.mjs'), buildDir], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', REDFLAGS_RATE_LIMIT_EXEMPT: '127.0.0.1,::1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
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
