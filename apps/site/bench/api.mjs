// Load benchmark for POST /api/check, loopback only: serves the existing build (builds only if there
// is none) in its own process, warms it up, drives it with autocannon (in this process) for 10 s at 32
// connections with a mix of messages, and prints one JSON line per run. The rate limit stays on;
// loopback is exempted explicitly, for this run's server only.
// Usage: npm run bench:api [-- --duration 10 --connections 32 --warmup 2 --runs 1 --dir apps/site/dist]
// --runs N measures N times against the same server and adds a summary line (median and quietest run).
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { BENCH_MESSAGES } from './api-messages.mjs';
import { benchBuildDir, benchOption as option, startSiteServer } from './site-server.mjs';

const duration = Number(option('duration', '10'));
const connections = Number(option('connections', '32'));
const warmup = Number(option('warmup', '2'));
const runs = Number(option('runs', '1'));
for (const [name, value] of Object.entries({ duration, connections, runs })) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name}: "${value}" is not a whole number ≥ 1; e.g. --${name} 1`);
}
if (!Number.isFinite(warmup) || warmup < 0) throw new Error(`--warmup: "${warmup}" is not a number of seconds ≥ 0; e.g. --warmup 2`);

const { url, server } = await startSiteServer(benchBuildDir(), { REDFLAGS_RATE_LIMIT_EXEMPT: '127.0.0.1,::1' });
const requests = BENCH_MESSAGES.map((text) => ({
  method: 'POST',
  path: '/api/check',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ text }),
}));
// Warm up at the measured concurrency, so the JIT has optimised the checker for every message and the
// young generation has grown to its working size before the measured window, not inside it.
if (warmup > 0) await run({ url, connections, duration: warmup, requests });
const results = [];
for (let index = 0; index < runs; index += 1) {
  const result = await measure();
  results.push(result);
  console.log(JSON.stringify(result));
}
server.kill('SIGTERM');
if (runs > 1) {
  const byP99 = [...results].sort((a, b) => a.p99_ms - b.p99_ms);
  const byLoad = [...results].sort((a, b) => a.load_average_1m - b.load_average_1m);
  const median = (/** @type {number[]} */ values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length / 2;
    return Number.isInteger(middle) ? ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2 : (sorted[Math.floor(middle)] ?? 0);
  };
  console.log(
    JSON.stringify({
      summary: `${runs} runs`,
      median_requests_per_sec: median(results.map((r) => r.requests_per_sec)),
      median_p99_ms: median(results.map((r) => r.p99_ms)),
      best_p99_ms: byP99[0]?.p99_ms,
      total_errors: results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0),
      quietest_run: byLoad[0],
    }),
  );
}

/** One measured run, with what the machine was doing meanwhile: the p99 depends on it. */
async function measure() {
  const loadBefore = loadavg()[0];
  const serverBefore = processCpuMs(server.pid);
  const benchBefore = process.cpuUsage();
  const startedAt = performance.now();
  const result = await run({ url, connections, duration, requests });
  const wallMs = performance.now() - startedAt;
  const serverAfter = processCpuMs(server.pid);
  const bench = process.cpuUsage(benchBefore);
  return {
    requests_per_sec: Math.round(result.requests.average),
    p99_ms: result.latency.p99,
    p50_ms: result.latency.p50,
    p90_ms: result.latency.p90,
    max_ms: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    total_requests: result.requests.total,
    duration_s: duration,
    connections,
    messages: BENCH_MESSAGES.length,
    cpus: availableParallelism(),
    load_average_1m_before: round2(loadBefore),
    load_average_1m: round2(loadavg()[0]),
    // Share of one core each side got; a server well under 100 % while it is the bottleneck was
    // waiting for a core that other work held, and its p99 shows those waits.
    server_cpu_percent:
      serverBefore === undefined || serverAfter === undefined ? null : Math.round(((serverAfter - serverBefore) / wallMs) * 100),
    autocannon_cpu_percent: Math.round(((bench.user + bench.system) / 1000 / wallMs) * 100),
  };
}

function run(options) {
  return new Promise((done, fail) => autocannon(options, (error, outcome) => (error ? fail(error) : done(outcome))));
}

/** CPU time (user + system) a process has used, in ms, from /proc on Linux; undefined elsewhere. @param {number | undefined} pid */
function processCpuMs(pid) {
  const path = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(path)) return undefined;
  // Fields after the ")" that ends the command name: utime and stime are the 12th and 13th, in clock ticks (100 a second on Linux).
  const stat = readFileSync(path, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** @param {number} value */
function round2(value) {
  return Number(value.toFixed(2));
}
