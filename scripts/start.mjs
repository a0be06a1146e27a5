// `npm start`: builds what changed, starts the CMS (migrations, seed and first admin happen there;
// it also runs scheduled publishes) and the live site, prints both addresses, and stops everything
// it started on Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

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
  ['Starting the CMS (database migrations, first admin; on the first start the seed, the corpus import and a first learned model)', startCms],
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
  if (result.status !== 0) throw new Error(`turbo ${args.join(' ')} exited with ${result.status}. Read the build output above; then run npm start again.`);
}

async function startCms() {
  const cms = launch('cms', 'npm', ['run', 'start', '-w', '@redflags/cms'], {
    SITE_REBUILD_URL: process.env.SITE_REBUILD_URL ?? REBUILD_URL,
    REDFLAGS_PREVIEW_SECRET: PREVIEW_SECRET,
  });
  await waitFor(`${CMS_URL}/api/bundle`, cms, 300, 'the CMS');
}

async function startSite() {
  const site = launch('site', process.execPath, [join(root, 'apps/site/server/live-site.mjs')], {
    REDFLAGS_CONTENT: process.env.REDFLAGS_CONTENT ?? 'http://127.0.0.1:3000',
    REDFLAGS_PREVIEW_SECRET: PREVIEW_SECRET,
  });
  await waitFor(`${SITE_URL}/`, site, 600, 'the site');
}

/** Starts a long-running child in its own process group, its output prefixed with its name. */
function launch(name, command, args, env) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail = [];
  const relay = (stream) => (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      stream.write(`[${name}] ${line}\n`);
      tail.push(line);
      if (tail.length > 30) tail.shift();
    }
  };
  child.stdout.on('data', relay(process.stdout));
  child.stderr.on('data', relay(process.stderr));
  child.exitInfo = new Promise((resolveExit) => child.on('exit', (code, signal) => resolveExit({ code, signal, tail })));
  child.exitInfo.then(({ code, signal }) => {
    if (!stopping) {
      console.error(`\n${name} stopped unexpectedly (${signal ?? `exit ${code}`}); stopping everything.`);
      stop(1);
    }
  });
  children.push(child);
  return child;
}

/** Polls `url` until it answers 2xx; fails if the child exits first or time runs out. */
async function waitFor(url, child, seconds, what) {
  const deadline = Date.now() + seconds * 1000;
  let exited;
  child.exitInfo.then((info) => (exited = info));
  let lastNote = Date.now();
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${what} exited (${exited.signal ?? `exit ${exited.code}`}) before it was ready. Its last lines:\n${exited.tail.join('\n')}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() - lastNote > 15_000) {
      console.log(`    still waiting for ${what} at ${url} (${Math.round((deadline - Date.now()) / 1000)} s left)…`);
      lastNote = Date.now();
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${what} did not answer at ${url} within ${seconds} s. Check its output above (lines starting [${child === children[0] ? 'cms' : 'site'}]).`);
}

function stop(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping Redflags…');
  const alive = children.filter((child) => child.exitCode === null && child.signalCode === null);
  for (const child of alive) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const force = setTimeout(() => {
    for (const child of alive) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    process.exit(code);
  }, 10_000);
  Promise.all(alive.map((child) => child.exitInfo)).then(() => {
    clearTimeout(force);
    process.exit(code);
  });
}
