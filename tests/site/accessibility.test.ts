// axe-core on every page type (0 violations, WCAG 2.2 AA tags), and the keyboard path through the checker.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AMAZON_VOICEMAIL } from './amazon-voicemail.js';
import { useSiteAndBrowser } from './site-and-browser.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const running = useSiteAndBrowser();

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe in the page (evaluated through the debugging protocol, so the page's CSP stays on). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations;
  });
  return (violations as AxeViolation[]).map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const pages = [
  '/',
  '/guides/',
  '/guides/channel/call/',
  '/guides/amazon-fraud-prevention-call/',
  '/report/',
  '/report/uk/',
  '/check/',
  '/about/',
  '/does-not-exist/',
];

describe('accessibility', () => {
  it.each(pages)('axe finds 0 violations on %s', async (path) => {
    const page = await running.browser.newPage();
    await page.goto(running.site.url + path, { waitUntil: 'networkidle' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('axe finds 0 violations on /check with a result shown, its signs opened and next steps chosen', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}/check/`, { waitUntil: 'networkidle' });
    await page.fill('#checker-text', AMAZON_VOICEMAIL);
    await page.click('form[data-checker] button[type="submit"]');
    await page.waitForSelector('.result');
    expect(await axeViolations(page)).toEqual([]);
    await page.$$eval('.sign__also', (all) => {
      for (const details of all) (details as HTMLDetailsElement).open = true;
    });
    await page.click('.marked-text a.mark__sign');
    await page.check('input[name="happened"][value="gave-card-details"]');
    await page.selectOption('#happened-country', 'uk');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('axe finds 0 violations on /guides/ with search results shown', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}/guides/`, { waitUntil: 'networkidle' });
    await page.fill('#guide-search', 'amazon');
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('axe finds 0 violations on the no-JS result page', async () => {
    // axe itself needs JavaScript, so the form is posted natively (as without JavaScript) from a JS-enabled page.
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}/check/`, { waitUntil: 'networkidle' });
    await page.fill('#checker-text', AMAZON_VOICEMAIL);
    await Promise.all([
      page.waitForURL(/\/check\/result/),
      page.evaluate(() => HTMLFormElement.prototype.submit.call(document.querySelector('form[data-checker]'))),
    ]);
    await page.waitForSelector('.result');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('goes from a sign to its words and from a mark back to its sign by keyboard alone', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}/check/`, { waitUntil: 'networkidle' });
    await page.fill('#checker-text', AMAZON_VOICEMAIL);
    await page.click('form[data-checker] button[type="submit"]');
    await page.waitForSelector('.result');
    // From the result, Tab reaches the first sign's first word link; Enter lands on that mark.
    let steps = 0;
    while (!(await page.evaluate(() => document.activeElement?.matches('#sign-1 .sign__words a'))) && steps++ < 30)
      await page.keyboard.press('Tab');
    const markId = (await page.evaluate(() => document.activeElement?.getAttribute('href')))!.slice(1);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.id === id, markId);
    // From the mark, Tab reaches its sign number; Enter lands back on sign 1.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#sign-1');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'sign-1');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.close();
  });

  it('works by keyboard alone: skip link, then the checker, with a visible focus', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}/check/`, { waitUntil: 'networkidle' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).top)).toBe('8px');
    await page.keyboard.press('Enter');
    let steps = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'checker-text' && steps++ < 10) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('checker-text');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.type(AMAZON_VOICEMAIL);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.result');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('result'))).toBe(true);
    await page.close();
  });
});
