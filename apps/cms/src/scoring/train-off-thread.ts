// Runs `trainScorer` in a worker thread, so the seconds of training never hold up the CMS's other
// requests (the server's one JavaScript thread keeps answering editors and the site build meanwhile).
// The worker is a small script that imports the engine from node_modules at run time: the Next server is a
// webpack bundle, and a worker file of our own would need webpack's worker support in the server build.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TrainingMessage } from '@redflags/engine/learn';
import type { RuleBundle, ScoringModel } from '@redflags/schema';

export interface TrainedOffThread {
  model: ScoringModel;
  /** Time spent training in the worker, in seconds. */
  seconds: number;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
Promise.all([import(workerData.learnUrl), import(workerData.parseHostUrl)])
  .then(([learn, host]) => {
    const started = performance.now();
    const { model } = learn.trainScorer(workerData.bundle, workerData.messages, { parseHost: host.parseHost, trainedOn: workerData.trainedOn });
    parentPort.postMessage({ model, seconds: (performance.now() - started) / 1000 });
  })
  .catch((error) => parentPort.postMessage({ error: (error && error.stack) || String(error) }));
`;

/**
 * Where the engine's entries are, resolved from the CMS's folder as Node would. `createRequire` is taken from
 * Node at run time: webpack replaces an imported one with its own, which knows only the bundled modules.
 */
function engineEntry(entry: '@redflags/engine/learn' | '@redflags/engine/parse-host'): string {
  try {
    const { createRequire } = process.getBuiltinModule('node:module');
    return pathToFileURL(createRequire(path.join(process.cwd(), 'package.json')).resolve(entry)).href;
  } catch (error) {
    throw new Error(
      `cannot find ${entry} from ${process.cwd()} (${error instanceof Error ? error.message : String(error)}); start the CMS from inside the repository (npm start)`,
    );
  }
}

/**
 * Trains a model for `bundle`'s rules on `messages` in a worker thread.
 * @example const { model, seconds } = await trainOffThread(bundle, messages, '727 test messages …');
 */
export function trainOffThread(bundle: RuleBundle, messages: readonly TrainingMessage[], trainedOn: string): Promise<TrainedOffThread> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        learnUrl: engineEntry('@redflags/engine/learn'),
        parseHostUrl: engineEntry('@redflags/engine/parse-host'),
        bundle,
        messages,
        trainedOn,
      },
    });
    worker.once('message', (result: TrainedOffThread | { error: string }) => {
      void worker.terminate();
      if ('error' in result) reject(new Error(`training failed: ${result.error}`));
      else resolve(result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the training worker stopped (exit ${code}) before it answered`)));
  });
}
