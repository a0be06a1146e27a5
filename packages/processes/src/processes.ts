// Starting, waiting for and stopping the long-running processes that tests and `npm start` need
// (the site's server, the CMS's `next start`), with their output kept for failure messages.
// Node built-ins only, and only syntax Node can strip: scripts/start.mjs imports this file as it is.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningProcess {
  child: ChildProcess;
  /** Everything the process has printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Resolves once the process has exited. */
  exited: Promise<ProcessExit>;
  /** Ends the process (its whole group when started with `group`): SIGTERM, then SIGKILL after 10 s. */
  stop(): Promise<void>;
}

export interface StartOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Start it as the leader of its own process group, and stop the whole group (e.g. npm and the server it runs). */
  group?: boolean;
  /** Called with each non-empty line it prints, e.g. to relay it with a prefix. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Keep only the last this many characters of output (for a process that runs for days); default all. */
  keepLastChars?: number;
}

const STOP_GRACE_MS = 10_000;

/**
 * Spawns a long-running process with its output kept.
 * @example const site = startProcess(process.execPath, ['server/serve.ts'], { cwd }); … await site.stop();
 */
export function startProcess(command: string, args: string[], options: StartOptions = {}): RunningProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: options.group ?? false,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    if (options.keepLastChars !== undefined && output.length > options.keepLastChars) output = output.slice(-options.keepLastChars);
    if (options.onLine) for (const line of text.split('\n')) if (line.trim()) options.onLine(line, stream);
  };
  child.stdout?.on('data', keep('stdout'));
  child.stderr?.on('data', keep('stderr'));
  const exited = new Promise<ProcessExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const signal = (name: NodeJS.Signals) => {
    try {
      if (options.group && child.pid !== undefined) process.kill(-child.pid, name);
      else child.kill(name);
    } catch {
      // already gone
    }
  };
  return {
    child,
    output: () => output,
    exited,
    stop: async () => {
      if (hasExited(child)) return;
      const force = setTimeout(() => signal('SIGKILL'), STOP_GRACE_MS);
      signal('SIGTERM');
      await exited;
      clearTimeout(force);
    },
  };
}

/** True once the process has exited (with a code or a signal). */
export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** How a process ended, in words: "exit 1" or "SIGTERM". */
export function describeExit(exit: ProcessExit): string {
  return exit.signal ?? `exit ${exit.code}`;
}

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Polls until `check` returns true (a throw counts as not yet); throws with `describe()` after `timeoutMs`.
 * @example await waitUntil(async () => (await fetch(url)).ok, 60_000, () => `no answer at ${url}`);
 */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, describe: () => string, intervalMs = 250): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch {
      // not ready yet
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms: ${describe()}`);
}

/**
 * Polls `url` until it answers 2xx; throws at once when `server` exits first, and after `timeoutMs`
 * otherwise. `name` says what is starting ("the CMS"); add `server.output()` to the error as suits the caller.
 */
export async function waitForUrl(url: string, server: RunningProcess, name: string, timeoutMs: number, intervalMs = 250): Promise<void> {
  let exit: ProcessExit | undefined;
  void server.exited.then((info) => (exit = info));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exit) throw new Error(`${name} exited (${describeExit(exit)}) before answering at ${url}`);
    if (
      await fetch(url, { signal: AbortSignal.timeout(5000) }).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`${name} did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** The last `count` non-empty lines of `text`. */
export function lastLines(text: string, count: number): string {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .slice(-count)
    .join('\n');
}
