// The live site for `npm start`: serves the current build with the security headers, and
// takes publish notifications from the CMS on a loopback control port (SITE_REBUILD_URL points here).
//   POST /rebuild  → 202, a debounced rebuild        GET /status → the last good build and the last failure
// Env: PORT (4321), HOST (127.0.0.1), REDFLAGS_CONTENT (CMS URL, http://127.0.0.1:3000), REDFLAGS_PREVIEW_SECRET (drafts),
//      REDFLAGS_REBUILD_PORT (4322), REDFLAGS_BUILDS_DIR (apps/site/.builds), REDFLAGS_REBUILD_DEBOUNCE_MS (2000).
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { fingerprintBuildInputs } from './fingerprint.ts';
import { createPublisher } from './publisher.ts';
import { withSiteHeaders } from './site-handler.ts';

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const controlPort = Number(process.env.REDFLAGS_REBUILD_PORT ?? 4322);
const contentUrl = process.env.REDFLAGS_CONTENT ?? 'http://127.0.0.1:3000';
// The draft preview route reads drafts from the same CMS at request time.
process.env.REDFLAGS_CONTENT = contentUrl;
const buildsDir = resolve(process.env.REDFLAGS_BUILDS_DIR ?? new URL('../.builds', import.meta.url).pathname);

const publisher = createPublisher({
  buildsDir,
  debounceMs: Number(process.env.REDFLAGS_REBUILD_DEBOUNCE_MS ?? 2000),
  env: { ...process.env, REDFLAGS_CONTENT: contentUrl },
  log: (line) => console.log(line),
  fingerprint: () => fingerprintBuildInputs(contentUrl),
});

const site = createServer(withSiteHeaders(publisher.handler));

const control = createServer((request, response) => {
  const reply = (status: number, body: unknown) => {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(`${JSON.stringify(body)}\n`);
  };
  const path = new URL(request.url ?? '/', 'http://control').pathname;
  if (request.method === 'POST' && path === '/rebuild') {
    request.resume();
    publisher.requestBuild('publish');
    return reply(202, { queued: true, ...publisher.status() });
  }
  if (request.method === 'GET' && path === '/status') return reply(200, publisher.status());
  return reply(404, { error: 'use POST /rebuild or GET /status' });
});

await publisher.loadState();
await listen(site, port, host, 'site');
await listen(control, controlPort, '127.0.0.1', 'rebuild control');
console.log(`Redflags site at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);

const fingerprint = await fingerprintBuildInputs(contentUrl);
const live = publisher.status();
if (!live.current) await publisher.buildNow('first start');
else if (fingerprint === undefined || fingerprint !== live.lastGood?.fingerprint)
  publisher.requestBuild(
    fingerprint === undefined ? 'start (CMS not reachable: building from the snapshot)' : 'content or code changed since the live build',
  );
else console.log(`Serving the live build ${live.current}: nothing changed since it was built.`);

function listen(server: Server, listenPort: number, listenHost: string, name: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: Error) =>
      reject(
        new Error(`The ${name} server could not listen on ${listenHost}:${listenPort}: ${error.message}. Is another Redflags running?`),
      ),
    );
    server.listen(listenPort, listenHost, () => resolvePromise());
  });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    site.close();
    control.close();
    process.exit(0);
  });
}
