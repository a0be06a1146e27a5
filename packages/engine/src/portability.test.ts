import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The engine runs in the browser and in the CMS: nothing Node-only outside src/cli/.
const sourceDir = new URL('./', import.meta.url).pathname;
const NODE_ONLY =
  /(?:from\s+|import\s*\()['"](?:node:[^'"]+|fs|path|os|child_process|url|util|process)['"]|\bprocess\.(?:env|argv|exit|stdout|stderr|cwd)/;

describe('portability', () => {
  it('has no Node-only import or process use outside src/cli', () => {
    const offenders = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('cli/') && !file.startsWith('test-support/'))
      .filter((file) => NODE_ONLY.test(readFileSync(sourceDir + file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
