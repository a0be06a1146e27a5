import { RuleBundle } from '@redflags/schema';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createBrowserChecker } from './browser.js';
import { parseHost } from './parse-host.js';
import { compileBundle } from './validate-bundle.js';
import { starterBundle } from './test-support/bundles.js';

const bundle = RuleBundle.parse(starterBundle());
const LINK_MESSAGE = 'Amazon: your account is on hold. Verify today at amazon-account-help.co.uk/verify or it will be closed.';

/** The source files esbuild pulls into a minified browser build of `entry`. */
async function browserInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('the browser entry', () => {
  it('reads a message with a link exactly as the Node entry does once given the host parser', () => {
    const result = createBrowserChecker(bundle, { parseHost }).check(LINK_MESSAGE);
    expect(result.entities.some((entity) => entity.type === 'link' && entity.value === 'amazon-account-help.co.uk')).toBe(true);
    expect(result).toEqual(compileBundle(bundle).check(LINK_MESSAGE));
  });

  it('says what is missing when a plain-JavaScript caller leaves the host parser out', () => {
    // @ts-expect-error: the call a caller without types could make
    expect(() => createBrowserChecker(bundle)).toThrow(
      "createBrowserChecker needs options.parseHost: import { parseHost } from '@redflags/engine/parse-host'.",
    );
  });

  it('leaves the Public Suffix List to its own file', async () => {
    const fromTldts = (inputs: string[]) => inputs.filter((input) => /node_modules\/tldts/.test(input));
    expect(fromTldts(await browserInputs('./browser.ts'))).toEqual([]);
    expect(fromTldts(await browserInputs('./parse-host.ts')).length).toBeGreaterThan(0);
  });
});
