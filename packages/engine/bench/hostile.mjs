// Hostile-input benchmark: the starter bundle (input limit raised to 100,000) against families of
// worst-case texts — long runs, zero-width floods, nested lookalikes, combining marks, bait words
// repeated (every literal and pattern window busy), random Unicode — at 1, 10 and 100 KB. Then a
// the catastrophic patterns that validation refuses, built straight into checkers, on hostile 10 KB
// text, run in a child process with a time limit. Prints figures; the last line is one JSON object.
// Never fails on timing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { compileBundle } from '../dist/index.js';

const starter = JSON.parse(readFileSync(new URL('../fixtures/starter-bundle.json', import.meta.url), 'utf8'));
const checker = compileBundle({ ...starter, settings: { ...starter.settings, inputLimit: 100_000 } });

let seed = 20261125;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const randomUnicode = (n) => {
  let out = '';
  while (out.length < n) out += String.fromCodePoint(Math.floor(random() * 0x2ffff));
  return out;
};
const BAIT = 'Amazon: a $799 purchase, press 1, call +44 7700 900123, gift card, verification code, anydesk, http://amaz0n-secure.co/x ';
const FAMILIES = {
  'run-a': () => 'a',
  'run-digit': () => '1',
  'run-dot-space': () => '. ',
  'zero-width-flood': () => '\u200B\u200D\uFEFF',
  lookalikes: () => 'аmаzοn ℊ𝐢𝐟𝐭 сагd ',
  combining: () => 'a\u0301\u0308\u0327 ',
  'spaced-letters': () => 'g i f t c a r d . ',
  bait: () => BAIT,
  'bait-zero-width': () => [...BAIT].join('\u200B'),
  'random-unicode': () => randomUnicode(4096),
};

const textOf = (family, length) => {
  const unit = FAMILIES[family]();
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
};
/**
 * The slowest of `runs` checks, in wall-clock time and in CPU time (this process, GC threads included):
 * on a loaded machine the wall-clock worst mostly measures the scheduler, the CPU worst the engine.
 */
const worstMs = (text, runs) => {
  checker.check(text);
  let worst = 0;
  let worstCpu = 0;
  for (let i = 0; i < runs; i += 1) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    checker.check(text);
    worst = Math.max(worst, performance.now() - started);
    const cpu = process.cpuUsage(cpuBefore);
    worstCpu = Math.max(worstCpu, (cpu.user + cpu.system) / 1000);
  }
  return { ms: worst, cpuMs: worstCpu };
};

const rows = [];
for (const family of Object.keys(FAMILIES)) {
  for (const kb of [1, 10, 100]) {
    const { ms, cpuMs } = worstMs(textOf(family, Math.min(kb * 1024, 100_000)), kb === 100 ? 5 : 20);
    rows.push({ family, kb, ms, cpuMs, msPerKb: ms / kb });
  }
}
const worstPerKb = rows.reduce((a, b) => (b.msPerKb > a.msPerKb ? b : a));
const worst100 = rows.filter((r) => r.kb === 100).reduce((a, b) => (b.ms > a.ms ? b : a));
const worstCpu100 = rows.filter((r) => r.kb === 100).reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a));

// Catastrophic patterns that validation would refuse, built straight into checkers (slipped-pattern.mjs):
// once by default (RegExp, risky patterns disabled) and once with risky patterns on re2js.
const slippedRun = (engine) => {
  const run = spawnSync(process.execPath, [fileURLToPath(new URL('./slipped-pattern.mjs', import.meta.url)), engine], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return run.status === 0 ? JSON.parse(run.stdout.trim().split('\n').at(-1)) : `over 60000 ms (killed: ${run.signal ?? run.status})`;
};
const slippedRegExp = slippedRun('regexp');
const slippedLinear = slippedRun('linear');

const round = (n) => Math.round(n * 100) / 100;
for (const row of rows)
  console.log(
    `${row.family.padEnd(18)} ${String(row.kb).padStart(3)} KB  ${round(row.ms).toString().padStart(8)} ms  (CPU ${round(row.cpuMs)} ms)`,
  );
console.log(
  JSON.stringify({
    worst_ms_per_kb: round(worstPerKb.msPerKb),
    worst_ms_per_kb_family: `${worstPerKb.family}@${worstPerKb.kb}KB`,
    worst_ms_100kb: round(worst100.ms),
    worst_100kb_family: worst100.family,
    target_ms_100kb: 50,
    worst_cpu_ms_100kb: round(worstCpu100.cpuMs),
    worst_cpu_100kb_family: worstCpu100.family,
    load_average_1m: round(loadavg()[0]),
    slipped_patterns_10kb: slippedRegExp,
    slipped_patterns_10kb_linear: slippedLinear,
  }),
);
