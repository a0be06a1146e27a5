// The first request that starts Payload (and its jobs runner) in a freshly started CMS.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { warmUp } from './warm-up.mjs';

let server: Server | undefined;
afterEach(() => server?.close());

async function serve(statuses: number[]): Promise<{ url: string; asked: () => number }> {
  let asked = 0;
  server = createServer((_request, response) => {
    response.writeHead(statuses[Math.min(asked, statuses.length - 1)]!).end();
    asked += 1;
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/api/bundle`, asked: () => asked };
}

describe('warmUp', () => {
  it('asks again until the server answers 2xx, then stops', async () => {
    const cms = await serve([503, 500, 200]);
    await warmUp(cms.url, { intervalMs: 10 });
    expect(cms.asked()).toBe(3);
  });

  it('gives up after its time, saying what the server last answered', async () => {
    const cms = await serve([503]);
    await expect(warmUp(cms.url, { intervalMs: 10, timeoutMs: 200 })).rejects.toThrow(/did not answer within 0 s \(HTTP 503\)$/);
  });

  it('stops at once when the server process is gone', async () => {
    await expect(warmUp('http://127.0.0.1:1/api/bundle', { intervalMs: 10, stillRunning: () => false })).rejects.toThrow(
      'the server stopped before',
    );
  });
});
