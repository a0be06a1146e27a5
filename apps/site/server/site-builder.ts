// Builds the site into a fresh folder and swaps it in only when complete: a visitor never
// sees a half-built site, a failed build keeps the last good one, and publishes in a row make one build.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const siteRoot = resolve(new URL('..', import.meta.url).pathname);
const bin = (name: string) => join(siteRoot, 'node_modules/.bin', name);
const rootBin = (name: string) => join(siteRoot, '../../node_modules/.bin', name);

interface BuildStep {
  name: string;
  describe: string;
  command: (outDir: string) => [string, string[]];
}

/** An error from a build step, naming the step. */
export type BuildError = Error & { step: string };

/** The steps of one build, in order; a failure names the step. */
export const BUILD_STEPS: BuildStep[] = [
  { name: 'pages', describe: 'rendering the pages (astro build)', command: () => [astroBin(), ['build']] },
  {
    name: 'search index',
    describe: 'indexing the guides for search (pagefind)',
    command: (outDir) => [pagefindBin(), ['--site', join(outDir, 'client'), '--output-subdir', 'pagefind', '--silent']],
  },
];

function astroBin(): string {
  return existsSync(bin('astro')) ? bin('astro') : rootBin('astro');
}
function pagefindBin(): string {
  return existsSync(bin('pagefind')) ? bin('pagefind') : rootBin('pagefind');
}

/**
 * Runs every build step into `outDir`. Resolves with the seconds taken; rejects with an error whose
 * `step` names the step that failed and whose message ends with the last lines that step printed.
 */
export async function buildSite(
  outDir: string,
  { env = process.env, onProgress = () => {} }: { env?: NodeJS.ProcessEnv; onProgress?: (line: string) => void } = {},
): Promise<number> {
  const started = Date.now();
  for (const [index, step] of BUILD_STEPS.entries()) {
    onProgress(`[${index + 1}/${BUILD_STEPS.length}] ${step.describe}`);
    const [command, args] = step.command(outDir);
    await runStep(step.name, command, args, { ...env, ASTRO_TELEMETRY_DISABLED: '1', REDFLAGS_SITE_OUT_DIR: outDir });
  }
  if (!existsSync(join(outDir, 'server/entry.mjs')) || !existsSync(join(outDir, 'client/index.html'))) {
    throw Object.assign(new Error(`the build in ${outDir} is incomplete (no server/entry.mjs or client/index.html)`), {
      step: 'check output',
    });
  }
  return (Date.now() - started) / 1000;
}

function runStep(stepName: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    // Run the tool's JavaScript with this Node (22), not whatever `node` the shebang finds on PATH.
    const child = spawn(process.execPath, [command, ...args], { cwd: siteRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) tail.push(line);
      if (tail.length > 40) tail.splice(0, tail.length - 40);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => reject(Object.assign(error, { step: stepName })));
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(Object.assign(new Error(`${stepName} failed (exit ${code}):\n${tail.slice(-15).join('\n')}`), { step: stepName }));
    });
  });
}
