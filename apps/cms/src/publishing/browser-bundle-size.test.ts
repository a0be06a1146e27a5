// The browser's copy of the launch bundle with a learned model (at most 80 KB gzip, so the checker page stays light): the launch
// rules, a model trained on the corpus as the first start trains it, and only what the checker reads.
// Prints the sizes with and without examples and without the model, and checks that the browser's copy
// reads every corpus message exactly as the full bundle does.
import { gzipSync } from 'node:zlib';
import { buildLaunchBundle, readLaunchContent } from '@redflags/content';
import { readCorpus } from '@redflags/corpus';
import { createChecker } from '@redflags/engine';
import { trainScorer } from '@redflags/engine/learn';
import { parseHost } from '@redflags/engine/parse-host';
import { BrowserRuleBundle, RuleBundle, toBrowserBundle } from '@redflags/schema';
import { describe, expect, it } from 'vitest';

/** The most the browser's bundle with the model may weigh, in bytes of gzip (-9). */
const MAX_BROWSER_GZIP = 80_000;

const gzipBytes = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

describe('the launch bundle as the browser downloads it', () => {
  const corpus = readCorpus();
  const rules = RuleBundle.parse(buildLaunchBundle(readLaunchContent(), new Date('2026-12-02T00:00:00Z')));
  const { model } = trainScorer(rules, corpus, { parseHost, now: new Date('2026-12-02T00:00:00Z') });
  const full: RuleBundle = { ...rules, model };
  const browser = toBrowserBundle(full);

  it(`weighs at most ${kb(MAX_BROWSER_GZIP)} gzip with the model, without the rules' examples and guide details`, () => {
    const sizes = {
      browser: gzipBytes(browser),
      full: gzipBytes(full),
      browserWithoutModel: gzipBytes({ ...browser, model: undefined }),
      model: gzipBytes(model),
    };
    console.log(
      `launch bundle, ${full.rules.length} rules, gzip -9: browser copy ${kb(sizes.browser)} (the model ${kb(sizes.model)} of it; ` +
        `${kb(sizes.browserWithoutModel)} without it); the full bundle ${kb(sizes.full)}`,
    );
    expect(sizes.browser).toBeLessThan(sizes.full);
    expect(sizes.browser).toBeLessThanOrEqual(MAX_BROWSER_GZIP);
  });

  it('reads every corpus message as the full bundle does', () => {
    // Without the engine's wall-clock budget for patterns, which a loaded machine can exceed now and then.
    const exact = { patternBudgetMs: Number.POSITIVE_INFINITY };
    const fullChecker = createChecker(full, exact);
    const browserChecker = createChecker(BrowserRuleBundle.parse(JSON.parse(JSON.stringify(browser))), exact);
    const differing = corpus.filter(
      (message) => JSON.stringify(browserChecker.check(message.text)) !== JSON.stringify(fullChecker.check(message.text)),
    );
    expect(differing.map((message) => message.id)).toEqual([]);
  });
});
