// node scripts/next-start.mjs [next start options…] — `npm run start`'s server: `next start`, then one
// request to /api/bundle as soon as it listens, so Payload and its jobs runner (scheduled
// publishing) start with the server rather than at the first visit. Signals go to Next; its exit
// code is ours.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { warmUp } from './warm-up.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const port = option('--port', option('-p', process.env.PORT ?? '3000'));
const host = option('--hostname', option('-H', '127.0.0.1'));
const next = path.resolve(import.meta.dirname, '../../../node_modules/.bin/next');

const child = spawn(process.execPath, [next, 'start', ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

const address = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}/api/bundle`;
warmUp(address, { stillRunning: () => child.exitCode === null && child.signalCode === null }).then(
  (ms) =>
    console.log(`[redflags] CMS ready in ${(ms / 1000).toFixed(1)} s: Payload and its jobs runner (scheduled publishing) are running`),
  (error) => console.error(`[redflags] could not make the CMS's first request, so scheduled publishing waits for one: ${error.message}`),
);
