import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPublisher } from './publisher.ts';

let buildsDir: string;
afterEach(() => rmSync(buildsDir, { recursive: true, force: true }));

describe('createPublisher: loadState', () => {
  it('starts with no live build in a new folder, and creates the folder', async () => {
    buildsDir = join(mkdtempSync(join(tmpdir(), 'redflags-publisher-')), 'builds');
    const publisher = createPublisher({ buildsDir, log: () => {} });
    await publisher.loadState();
    expect(publisher.status()).toEqual({ building: false, pending: false });
    expect(publisher.handler()).toBeUndefined();
    expect(existsSync(buildsDir)).toBe(true);
  });

  it('keeps the saved history but no live build when the saved one cannot be loaded, and says so', async () => {
    buildsDir = mkdtempSync(join(tmpdir(), 'redflags-publisher-'));
    const lastGood = { id: 'gone', at: '2026-12-01T10:00:00.000Z', seconds: 50, reason: 'publish', fingerprint: 'abc' };
    writeFileSync(join(buildsDir, 'state.json'), JSON.stringify({ current: 'gone', lastGood, building: true, pending: true }));
    const lines: string[] = [];
    const publisher = createPublisher({ buildsDir, log: (line) => lines.push(line) });
    await publisher.loadState();
    expect(publisher.status()).toEqual({ current: undefined, lastGood, building: false, pending: false });
    expect(publisher.handler()).toBeUndefined();
    expect(lines).toEqual([expect.stringMatching(/^The last live build \(gone\) could not be loaded: .*server\/entry\.mjs/)]);
  });
});
