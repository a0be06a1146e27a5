// Type-checks and lints the repository, runs every workspace's tests through turbo, then sums vitest's JSON reports into one
// "N passed, N failed" line (CI reads that line, not vitest's own summary).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const workspaces = listWorkspaces();
const reportOf = (dir) => join(root, dir, 'test-results', 'vitest.json');

for (const dir of workspaces) rmSync(reportOf(dir), { force: true });

// Checks before tests: each failing check counts as one failure in the summary, and the tests still run.
const checks = [
  { name: 'typecheck (every workspace)', command: 'turbo', args: ['run', 'typecheck', '--continue'] },
  { name: 'lint and format check (biome ci)', command: 'biome', args: ['ci', '.'] },
];
const failedChecks = [];
if (process.argv.length <= 2) {
  for (const check of checks) {
    console.log(`\n== ${check.name}`);
    const run = spawnSync(check.command, check.args, { cwd: root, stdio: 'inherit' });
    if (run.status !== 0)
      failedChecks.push(
        `FAILED ${check.name}: \`${[check.command, ...check.args].join(' ')}\` exited ${run.status ?? run.signal}; its output is above`,
      );
  }
}

const turbo = spawnSync('turbo', ['run', 'test', '--continue', '--concurrency=1', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});

let passed = 0;
let failed = 0;
const missing = [];
const failures = [];
for (const dir of workspaces) {
  const report = reportOf(dir);
  if (!existsSync(report)) {
    missing.push(dir);
    continue;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A file that failed outside its tests (a syntax error, a missing import, a failing beforeAll that
  // skipped them all) has no failed test counted: count the file as one failure.
  failed += json.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  failures.push(...failuresIn(dir, json));
}
for (const dir of missing) {
  console.error(`no test report from ${dir}: its tests did not run (see the output above)`);
  failed += 1;
}

failed += failedChecks.length;
failures.push(...failedChecks);

// Repeated at the end, where a log's tail shows them, with the first lines of each message.
for (const failure of failures) console.error(failure);

const summary = `${passed} passed, ${failed} failed`;
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results', 'summary.txt'), `${summary}\n`);
console.log(summary);
process.exit(turbo.status === 0 && failed === 0 ? 0 : 1);

/** One paragraph per failed test (or file that failed to load): where, which, and why. */
function failuresIn(dir, json) {
  const trim = (message) => message.split('\n').slice(0, 12).join('\n    ');
  const paragraphs = [];
  for (const file of json.testResults) {
    const where = `${dir}/${file.name.split(`/${dir}/`).pop()}`;
    const failedTests = file.assertionResults.filter((test) => test.status === 'failed');
    for (const test of failedTests) paragraphs.push(`FAILED ${where} > ${test.fullName}\n    ${trim(test.failureMessages.join('\n'))}`);
    if (file.status === 'failed' && failedTests.length === 0)
      paragraphs.push(`FAILED ${where}\n    ${trim(file.message ?? 'the file failed')}`);
  }
  return paragraphs;
}

/** Workspace folders that have a test script. */
function listWorkspaces() {
  const dirs = [];
  for (const pattern of rootPackage.workspaces) {
    const base = pattern.replace(/\/\*$/, '');
    const candidates = pattern.endsWith('/*') ? readdir(join(root, base)).map((name) => join(base, name)) : [base];
    for (const dir of candidates) {
      const manifest = join(root, dir, 'package.json');
      if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).scripts?.test) dirs.push(dir);
    }
  }
  return dirs;
}

function readdir(dir) {
  return existsSync(dir) ? readdirSync(dir) : [];
}
