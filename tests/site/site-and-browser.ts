// The set-up most site tests share: the built site on its own server and a headless Chromium, started
// before the file's tests and stopped after them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { startSite, type RunningSite } from './site-server.js';

export interface SiteAndBrowser {
  readonly site: RunningSite;
  readonly browser: Browser;
}

/**
 * Registers the file's beforeAll and afterAll; read `site` and `browser` inside tests and hooks.
 * @example const running = useSiteAndBrowser(); it('…', async () => { await running.browser.newPage(); … running.site.url … });
 */
export function useSiteAndBrowser(): SiteAndBrowser {
  let site: RunningSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await startSite();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the site and browser start in beforeAll: read them inside a test or hook');
    return value;
  };
  return {
    get site() {
      return started(site);
    },
    get browser() {
      return started(browser);
    },
  };
}
