import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort, hasExited, lastLines, startProcess, waitForUrl, waitUntil } from './processes.ts';

const node = (script: string, options: Parameters<typeof startProcess>[2] = {}) => startProcess(process.execPath, ['-e', script], options);
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('startProcess', () => {
  it('keeps what the process prints and hands each line to onLine', async () => {
    const lines: string[] = [];
    const child = node("console.log('one\\n\\ntwo'); console.error('three')", {
      onLine: (line, stream) => lines.push(`${stream}: ${line}`),
    });
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(child.output()).toContain('one\n\ntwo\n');
    expect(child.output()).toContain('three\n');
    expect(lines.sort()).toEqual(['stderr: three', 'stdout: one', 'stdout: two']);
  });

  it('keeps only the last characters when asked', async () => {
    const child = node("console.log('a'.repeat(100) + 'tail')", { keepLastChars: 5 });
    await child.exited;
    expect(child.output()).toBe('tail\n');
  });

  it('passes the environment and working folder given', async () => {
    const child = node('console.log(process.env.HARNESS_TEST, process.cwd())', {
      env: { ...process.env, HARNESS_TEST: 'given' },
      cwd: '/',
    });
    await child.exited;
    expect(child.output()).toBe('given /\n');
  });

  it('stops a running process with SIGTERM, and stopping again is a no-op', async () => {
    const child = node('setInterval(() => {}, 1000)');
    await child.stop();
    expect(hasExited(child.child)).toBe(true);
    expect(await child.exited).toEqual({ code: null, signal: 'SIGTERM' });
    await child.stop();
  });

  it('stops the whole group when started with group, the process’s own children too', async () => {
    const child = node(
      "const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); console.log(c.pid); setInterval(() => {}, 1000)",
      { group: true },
    );
    await waitUntil(
      async () => /\d+/.test(child.output()),
      10_000,
      () => child.output(),
    );
    const grandchild = Number(child.output().trim());
    expect(isAlive(grandchild)).toBe(true);
    await child.stop();
    await waitUntil(
      async () => !isAlive(grandchild),
      5_000,
      () => `process ${grandchild} still runs`,
    );
  });
});

describe('waitForUrl', () => {
  it('resolves once the URL answers 2xx', async () => {
    const server = createServer((_request, response) => response.end('ok'));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const child = node('setInterval(() => {}, 1000)');
    try {
      await waitForUrl(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, child, 'the server', 5_000);
    } finally {
      await child.stop();
      await new Promise((done) => server.close(done));
    }
  });

  it('fails at once when the process exits before answering', async () => {
    const child = node("console.error('cannot listen: port in use'); process.exit(3)");
    const started = Date.now();
    await expect(waitForUrl(`http://127.0.0.1:${await freePort()}/`, child, 'the site', 60_000)).rejects.toThrow(
      /^the site exited \(exit 3\) before answering at http:\/\/127\.0\.0\.1:\d+\/$/,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('fails after the time given when nothing answers', async () => {
    const child = node('setInterval(() => {}, 1000)');
    try {
      await expect(waitForUrl(`http://127.0.0.1:${await freePort()}/`, child, 'the CMS', 600)).rejects.toThrow(
        /^the CMS did not answer at .* within 0.6 s$/,
      );
    } finally {
      await child.stop();
    }
  });
});

describe('waitUntil', () => {
  it('retries while the check is false or throws, and names what it waited for when time runs out', async () => {
    let calls = 0;
    await waitUntil(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('not yet');
        return calls === 3;
      },
      5_000,
      () => 'never',
      10,
    );
    expect(calls).toBe(3);
    await expect(
      waitUntil(
        async () => false,
        100,
        () => 'the flag',
      ),
    ).rejects.toThrow('timed out after 100 ms: the flag');
  });
});

describe('freePort and lastLines', () => {
  it('gives a port that can be listened on', async () => {
    const port = await freePort();
    const server = createServer();
    await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
    await new Promise((done) => server.close(done));
  });

  it('keeps the last non-empty lines', () => {
    expect(lastLines('a\n\nb\nc\n', 2)).toBe('b\nc');
  });
});
