// Keeps the live build: debounces publish requests into one build at a time, builds into a new
// folder, swaps it in when complete, and records the last good build and the last failure.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBuildHandler, type RequestHandler } from './site-handler.ts';
import { buildSite, type BuildError } from './site-builder.ts';

export interface PublisherOptions {
  buildsDir: string;
  debounceMs?: number;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  keepBuilds?: number;
  /** What a build is made from (see fingerprint.ts). */
  fingerprint?: () => Promise<string | undefined>;
}

/** The live build, the last good one and the last failure, as GET /status on the control port shows them. */
export interface PublisherState {
  current?: string | undefined;
  lastGood?: { id: string; at: string; seconds: number; reason: string; fingerprint?: string | undefined };
  lastFailure?: { at: string; step: string; error: string; reason: string };
  building: boolean;
  pending: boolean;
}

export type Publisher = ReturnType<typeof createPublisher>;

export function createPublisher({
  buildsDir,
  debounceMs = 2000,
  env = process.env,
  log = console.log,
  keepBuilds = 2,
  fingerprint = async () => undefined,
}: PublisherOptions) {
  const statePath = join(buildsDir, 'state.json');
  let state: PublisherState = { building: false, pending: false };
  let handler: RequestHandler | undefined;
  let timer: NodeJS.Timeout | undefined;
  let reasons: string[] = [];
  let idle = Promise.resolve();

  async function loadState() {
    await mkdir(buildsDir, { recursive: true });
    if (!existsSync(statePath)) return;
    const saved = JSON.parse(await readFile(statePath, 'utf8')) as PublisherState;
    state = { ...saved, building: false, pending: false };
    if (state.current) {
      try {
        handler = await loadBuildHandler(join(buildsDir, state.current));
      } catch (error) {
        log(`The last live build (${state.current}) could not be loaded: ${(error as Error).message}`);
        state.current = undefined;
      }
    }
  }

  async function saveState() {
    const { building, pending, ...kept } = state;
    await writeFile(statePath, `${JSON.stringify(kept, null, 2)}\n`);
  }

  /** Builds now (no debounce); resolves when the build has been swapped in or has failed. */
  async function buildNow(reason: string): Promise<void> {
    state.building = true;
    const id = new Date().toISOString().replace(/[:.]/g, '-');
    const outDir = join(buildsDir, id);
    log(`Building the site (${reason})…`);
    try {
      const inputs = await fingerprint();
      const seconds = await buildSite(outDir, { env, onProgress: (line) => log(`  ${line}`) });
      const nextHandler = await loadBuildHandler(outDir);
      handler = nextHandler;
      state.current = id;
      state.lastGood = { id, at: new Date().toISOString(), seconds, reason, fingerprint: inputs };
      log(`Site build ${id} is live (${seconds.toFixed(1)} s).`);
      await saveState();
      await pruneBuilds(buildsDir, keepBuilds, state.current);
    } catch (caught) {
      const error = caught as Partial<BuildError> & Error;
      state.lastFailure = { at: new Date().toISOString(), step: error.step ?? 'unknown', error: error.message, reason };
      log(`Site build failed at step "${state.lastFailure.step}"; the last good site stays live.\n${error.message}`);
      await saveState();
      await rm(outDir, { recursive: true, force: true });
    } finally {
      state.building = false;
    }
  }

  /** Asks for a rebuild; requests within the debounce window, or during a build, make one more build. */
  function requestBuild(reason = 'publish'): void {
    reasons.push(reason);
    state.pending = true;
    clearTimeout(timer);
    timer = setTimeout(() => {
      idle = idle.then(async () => {
        if (!state.pending) return;
        const why = [...new Set(reasons)].join(', ');
        reasons = [];
        state.pending = false;
        await buildNow(why);
      });
    }, debounceMs);
  }

  return {
    loadState,
    buildNow,
    requestBuild,
    /** Resolves when no build is running or waiting. */
    async settled() {
      while (state.pending || state.building) {
        await new Promise((r) => setTimeout(r, 200));
        await idle;
      }
    },
    status: (): PublisherState => ({ ...state }),
    handler: () => handler,
  };
}

/** Removes old build folders, keeping the live one and the newest others up to `keep` in all. */
async function pruneBuilds(buildsDir: string, keep: number, current: string | undefined): Promise<void> {
  const folders = (await readdir(buildsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && entry.name !== current)
    .map((entry) => entry.name)
    .sort()
    .reverse();
  for (const name of folders.slice(Math.max(0, keep - 1))) await rm(join(buildsDir, name), { recursive: true, force: true });
}
