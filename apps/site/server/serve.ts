// Serves a built site: static files and the on-demand routes through @astrojs/node's handler,
// with the security headers on every response (static files too, which Astro's middleware never sees).
// Usage: node server/serve.ts [BUILD_DIR]   (default ./dist; PORT, HOST as for @astrojs/node)
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { loadBuildHandler, withSiteHeaders, type RequestHandler } from './site-handler.ts';

const buildDir = resolve(process.argv[2] ?? process.env.REDFLAGS_SITE_DIR ?? new URL('../dist', import.meta.url).pathname);
const handler: RequestHandler = await loadBuildHandler(buildDir).catch((error: Error) => {
  console.error(`Cannot load the built site from ${buildDir}: ${error.message}\nBuild it first: npm run build -w @redflags/site`);
  process.exit(1);
});

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const server = createServer(withSiteHeaders(() => handler));
server.listen(port, host, () => {
  const address = server.address();
  const shown = typeof address === 'object' && address ? `http://${host}:${address.port}` : `${host}:${port}`;
  console.log(`Redflags site serving ${buildDir} at ${shown}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
