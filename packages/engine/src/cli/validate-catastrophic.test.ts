// `redflags validate` (the real bin, spawned) refuses every catastrophic pattern, naming the rule and
// the field; the same bundle without them validates.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATASTROPHIC_PATTERNS } from '../test-support/catastrophic-patterns.js';
import { bundleOf, ruleWith } from '../test-support/bundles.js';

const bin = join(new URL('../../', import.meta.url).pathname, 'bin', 'redflags.mjs');
const dir = mkdtempSync(join(tmpdir(), 'redflags-redos-'));

function validate(bundle: unknown) {
  const file = join(dir, `bundle-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(bundle));
  const started = performance.now();
  const run = spawnSync(process.execPath, [bin, 'validate', file], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { ...run, ms: performance.now() - started };
}

describe('redflags validate on catastrophic patterns', { timeout: 30_000 }, () => {
  it('refuses each one, naming the rule and its pattern field', () => {
    const rules = CATASTROPHIC_PATTERNS.map(({ id, regex, literal }) => ruleWith(id, { patterns: [{ regex, literal }] }));
    const run = validate(bundleOf(rules));
    expect(run.status).toBe(1);
    for (const { id, regex } of CATASTROPHIC_PATTERNS) {
      expect(run.stdout).toContain(`- rule '${id}' › match.patterns.0.regex: pattern \`${regex}\` can backtrack catastrophically`);
    }
    expect(run.stdout.split('\n')[0]).toMatch(new RegExp(`: ${CATASTROPHIC_PATTERNS.length} problems$`));
  });

  it('accepts the same rules with safe patterns (the refusal above is about the patterns)', () => {
    const rules = CATASTROPHIC_PATTERNS.map(({ id, literal }) =>
      ruleWith(id, { patterns: [{ regex: `${literal}\\s+(?:now|today)`, literal }] }),
    );
    const run = validate(bundleOf(rules));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${CATASTROPHIC_PATTERNS.length} rules, no problems`);
  });
});
