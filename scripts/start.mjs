// `npm start`: builds what changed, starts the CMS (migrations, seed and first admin happen there;
// it also runs scheduled publishes) and the live site, prints both addresses, and stops everything
// it started on Ctrl-C.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describeExit, lastLines, startProcess, waitForUrl } from '@redflags/processes';

const root = new URL('..', import.meta.url).pathname;
const CMS_URL = 'http://localhost:3000';
const SITE_URL = 'http://localhost:4321';
const REBUILD_URL = 'http://127.0.0.1:4322/rebuild';
// Draft previews: the CMS signs preview links and the site checks them with this shared secret.
// A new one each start unless set; preview links from before a restart then ask to be reopened.
const PREVIEW_SECRET = process.env.REDFLAGS_PREVIEW_SECRET || randomBytes(32).toString('hex');
const children = [];
let stopping = false;

const steps = [
  ['Building the shared packages (schema, engine)', () => turboBuild('@redflags/schema', '@redflags/engine')],
  ['Building the CMS (Next.js; a few minutes the first time, cached after)', () => turboBuild('@redflags/cms')],
  [
    'Starting the CMS (database migrations, first admin; on the first start the seed, the corpus import and a first learned model)',
    startCms,
  ],
  ['Starting the site (first start builds it: about a minute)', startSite],
];

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

for (const [index, [title, run]] of steps.entries()) {
  console.log(`\n[${index + 1}/${steps.length}] ${title}…`);
  const started = Date.now();
  try {
    await run();
  } catch (error) {
    console.error(`\nStep ${index + 1} failed: ${title}.\n${error.message}`);
    stop(1);
    await new Promise(() => {}); // stop() exits the process once the children are gone
  }
  console.log(`    done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

console.log(`
Redflags is running.
  Site:  ${SITE_URL}
  CMS:   ${CMS_URL}/admin
${process.env.ADMIN_EMAIL ? `  Admin: ${process.env.ADMIN_EMAIL}` : '  No ADMIN_EMAIL/ADMIN_PASSWORD given: if there is no user yet, open the admin to create the first one.'}
Publishing in the admin rebuilds the site within a minute; "Preview" and live preview show a draft
on the site first, and "Schedule Publish" publishes at a set time (the CMS checks every 10 s).
Press Ctrl-C to stop.`);

function turboBuild(...packages) {
  const args = ['run', 'build', ...packages.map((name) => `--filter=${name}`), '--output-logs=new-only'];
  const result = spawnSync(join(root, 'node_modules/.bin/turbo'), args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`turbo ${args.join(' ')} exited with ${result.status}. Read the build output above; then run npm start again.`);
}

async function startCms() {
  const cms = launch('cms', 'npm', ['run', 'start', '-w', '@redflags/cms'], {
    SITE_REBUILD_URL: process.env.SITE_REBUILD_URL ?? REBUILD_URL,
    REDFLAGS_PREVIEW_SECRET: PREVIEW_SECRET,
  });
  await waitFor(`${CMS_URL}/api/bundle`, cms, 300, 'the CMS', 'cms');
}

async function startSite() {
  const site = launch('site', process.execPath, [join(root, 'apps/site/server/live-site.ts')], {
    REDFLAGS_CONTENT: process.env.REDFLAGS_CONTENT ?? 'http://127.0.0.1:3000',
    REDFLAGS_PREVIEW_SECRET: PREVIEW_SECRET,
  });
  await waitFor(`${SITE_URL}/`, site, 600, 'the site', 'site');
}

/** Starts a long-running child in its own process group, its output prefixed with its name. */
function launch(name, command, args, env) {
  const child = startProcess(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    group: true,
    keepLastChars: 64 * 1024,
    onLine: (line, stream) => process[stream].write(`[${name}] ${line}\n`),
  });
  child.exited.then((exit) => {
    if (!stopping) {
      console.error(`\n${name} stopped unexpectedly (${describeExit(exit)}); stopping everything.`);
      stop(1);
    }
  });
  children.push(child);
  return child;
}

/** Waits until `url` answers 2xx, saying every 15 s that it still waits; fails if the child exits first or time runs out. */
async function waitFor(url, child, seconds, what, name) {
  const deadline = Date.now() + seconds * 1000;
  const note = setInterval(
    () => console.log(`    still waiting for ${what} at ${url} (${Math.round((deadline - Date.now()) / 1000)} s left)…`),
    15_000,
  );
  try {
    await waitForUrl(url, child, what, seconds * 1000, 1000);
  } catch (error) {
    const hint =
      child.child.exitCode === null && child.child.signalCode === null
        ? `Check its output above (lines starting [${name}]).`
        : `Its last lines:\n${lastLines(child.output(), 30)}`;
    throw new Error(`${error.message}. ${hint}`);
  } finally {
    clearInterval(note);
  }
}

function stop(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping Redflags…');
  // Each child's whole group gets SIGTERM, then SIGKILL after 10 s.
  Promise.all(children.map((child) => child.stop())).then(() => process.exit(code));
}
