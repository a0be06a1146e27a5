// Vitest global setup: compiles src/ to dist/ once, so tests that spawn the CLI run the current code.
import { execFileSync } from 'node:child_process';

export default function buildDist(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: new URL('../../', import.meta.url).pathname, stdio: 'inherit' });
}
