// The engine benchmark: compile time and per-message check time on a 1,000-rule bundle made from the
// starter rules (see make-bundle.mjs), against a naive engine (one regular expression per rule, run one
// after another) on the same rules, growth to 10,000 rules, and the gzip sizes of the browser engine, the
// Public Suffix List file the page loads beside it, and the bundle; then the same 1,000 rules with a learned model
// (trained here on the corpus train part): time per message with it, its share of that time, its gzip size.
// Prints figures; the last line is one JSON object. Never fails on timing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readCorpus } from '@redflags/corpus';
import { compileBundle, parseHost } from '../dist/index.js';
import { trainScorer } from '../dist/learn/train-scorer.js';
import { makeBundle } from './make-bundle.mjs';

const json = process.argv.includes('--json');
const starter = JSON.parse(readFileSync(new URL('../fixtures/starter-bundle.json', import.meta.url), 'utf8'));
const corpus = readCorpus();
const messages = corpus.map((message) => message.text);

const bundle1k = makeBundle(starter, 1000);
const bundle10k = makeBundle(starter, 10000);

compileBundle(bundle1k); // warm the JIT before timing compilation
const compileMs = median(repeat(7, () => time(() => compileBundle(bundle1k))));
const checker1k = compileBundle(bundle1k);
const checker10k = compileBundle(bundle10k);
const naive1k = naiveEngine(bundle1k);
const trainStarted = performance.now();
const { model } = trainScorer(checker1k.bundle, corpus, { parseHost });
const trainSeconds = (performance.now() - trainStarted) / 1000;
const learned1k = compileBundle({ ...bundle1k, model });

// The three engines are timed message by message, side by side, so load from other processes hits them alike.
const [perMessage1k, perMessage10k, perMessageNaive, perMessageLearned] = perMessageMicros([
  (text) => checker1k.check(text),
  (text) => checker10k.check(text),
  (text) => naive1k(text),
  (text) => learned1k.check(text),
]);

const result = {
  rules: bundle1k.rules.length,
  compile_ms: round(compileMs),
  us_per_msg: round(median(perMessage1k)),
  p99_us: round(percentile(perMessage1k, 0.99)),
  naive_us_per_msg: round(median(perMessageNaive)),
  speedup: round(median(perMessageNaive) / median(perMessage1k)),
  us_per_msg_10k: round(median(perMessage10k)),
  growth_10x: round(median(perMessage10k) / median(perMessage1k)),
  engine_gzip_bytes: browserGzipBytes('src/browser.ts'),
  bundle_gzip_bytes: gzipSync(JSON.stringify(bundle1k)).length,
  // tldts and its Public Suffix List: a file of its own the checker page loads beside the engine and the bundle.
  psl_gzip_bytes: browserGzipBytes('src/parse-host.ts'),
  us_per_msg_model: round(median(perMessageLearned)),
  model_share: round(1 - median(perMessage1k) / median(perMessageLearned)),
  model_gzip_bytes: gzipSync(JSON.stringify(model)).length,
  train_s: round(trainSeconds),
};

if (!json) {
  console.log(`messages: ${messages.length} from the corpus; bundle: ${result.rules} rules (${bundle10k.rules.length} for growth)`);
  console.log(`compile: ${result.compile_ms} ms; check: ${result.us_per_msg} µs/msg median, p99 ${result.p99_us} µs`);
  console.log(
    `naive: ${result.naive_us_per_msg} µs/msg (speedup ${result.speedup}×); 10k rules: ${result.us_per_msg_10k} µs/msg (growth ${result.growth_10x}×)`,
  );
  console.log(
    `browser engine (createBrowserChecker entry, minified, gzip): ${result.engine_gzip_bytes} B; with its Public Suffix List file (${result.psl_gzip_bytes} B) ${result.engine_gzip_bytes + result.psl_gzip_bytes} B; full index with validation: ${browserGzipBytes('src/index.ts')} B`,
  );
  console.log(`  of which (gzip bytes saved by leaving each out): ${packageShares(result.engine_gzip_bytes)}`);
  console.log(`1,000-rule bundle gzip: ${result.bundle_gzip_bytes} B`);
  console.log(
    `with the learned model: ${result.us_per_msg_model} µs/msg median (the model's share ${(result.model_share * 100).toFixed(0)}%); model gzip ${result.model_gzip_bytes} B; trained in ${result.train_s} s`,
  );
}
console.log(JSON.stringify(result));

/**
 * Microseconds per message for each engine: each message's fastest of 5 batches of 4 runs (the
 * fastest batch is the one least disturbed by other processes on a shared machine).
 */
function perMessageMicros(engines) {
  for (const check of engines) for (const text of messages) check(text);
  const results = engines.map(() => []);
  for (const text of messages) {
    engines.forEach((check, e) => {
      let best = Infinity;
      for (let batch = 0; batch < 5; batch++) {
        const started = performance.now();
        for (let i = 0; i < 4; i++) check(text);
        best = Math.min(best, ((performance.now() - started) / 4) * 1000);
      }
      results[e].push(best);
    });
  }
  return results;
}

/** The naive engine: each rule's phrases and patterns as one case-insensitive regular expression, rule after rule. */
function naiveEngine(bundle) {
  const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const regexes = bundle.rules
    .map((rule) => [
      ...(rule.match.phrases ?? []).map((p) => `\\b${escapeRegex(p)}\\b`),
      ...(rule.match.patterns ?? []).map((p) => `(?:${p.regex})`),
    ])
    .filter((sources) => sources.length > 0)
    .map((sources) => new RegExp(sources.join('|'), 'i'));
  return (text) => regexes.filter((regex) => regex.test(text)).length;
}

/** What each large dependency weighs in the browser entry: the entry's gzip size without it, subtracted from the whole. */
function packageShares(whole) {
  const shares = [
    ['libphonenumber-js/core', 'libphonenumber-js (metadata in src/phone-metadata.generated.ts is counted with the engine)'],
    ['ret', 'ret (the risk screen)'],
  ].map(([name, label]) => `${label} ${whole - browserGzipBytes('src/browser.ts', [`--external:${name}`])} B`);
  return shares.join('; ');
}

function browserGzipBytes(entry, extraArguments = []) {
  const code = execFileSync(
    'npx',
    ['esbuild', entry, '--bundle', '--minify', '--format=esm', '--platform=browser', '--log-level=error', ...extraArguments],
    {
      cwd: new URL('..', import.meta.url).pathname,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return gzipSync(code, { level: 9 }).length;
}

function time(run) {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function repeat(times, run) {
  return Array.from({ length: times }, run);
}

function median(values) {
  return percentile(values, 0.5);
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function round(value) {
  return Math.round(value * 100) / 100;
}
