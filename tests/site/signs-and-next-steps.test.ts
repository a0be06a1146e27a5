// Warning signs and next steps on the built site: a result shows distinct warning signs with every mark tied to one, and
// "What has happened so far?" shows the steps and places to report for the answer, the country and the
// channel, all worked out in the page (no request while checking and choosing), and without JavaScript.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AMAZON_VOICEMAIL } from './amazon-voicemail.js';
import { useSiteAndBrowser } from './site-and-browser.js';

const CODE_TEXT = 'Royal Mail: we could not deliver your parcel. Reply with the 6-digit code we just sent you to rebook delivery.';

const running = useSiteAndBrowser();

/** Opens /check in a fresh context, waits for the bundle, then records every request the page makes. */
async function openChecker(options: { locale?: string } = {}): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
  const context = await running.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${running.site.url}/check/`, { waitUntil: 'networkidle' });
  const requests: string[] = [];
  // The tab icon is fetched by the browser on its own schedule and carries nothing from the page.
  page.on('request', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/favicon')) requests.push(request.url());
  });
  return { context, page, requests };
}

async function check(page: Page, text: string): Promise<void> {
  await page.fill('#checker-text', text);
  await page.click('form[data-checker] button[type="submit"]');
  await page.waitForSelector('[data-checker-output] .result');
}

/** The text of the block as a reader sees it: what the chosen answer, country and channel leave shown. */
// biome-ignore lint/performance/useDomNodeTextContent: innerText is what the reader sees (CSS hides the steps not chosen); textContent would include them
const shownSteps = (page: Page) => page.locator('#what-happened .happened__plans').innerText();

describe('warning signs on a result', () => {
  it('shows the Amazon voicemail as at most five distinct signs, every mark tied to a sign and every sign to its marks', async () => {
    const { context, page, requests } = await openChecker();
    await check(page, AMAZON_VOICEMAIL);
    const signs = await page.$$eval('.signs > li', (items) =>
      items.map((item) => ({ id: item.id, sign: (item as HTMLElement).dataset.sign, title: item.querySelector('h4')?.textContent })),
    );
    expect(signs.length).toBeGreaterThan(1);
    expect(signs.length).toBeLessThanOrEqual(5);
    expect(new Set(signs.map((s) => s.sign)).size).toBe(signs.length);
    const marks = await page.$$eval('.marked-text mark', (items) =>
      items.map((mark) => ({
        id: mark.id,
        signs: (mark as HTMLElement).dataset.signs ?? '',
        links: [...mark.querySelectorAll('a.mark__sign')].map((a) => a.getAttribute('href')),
      })),
    );
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      expect(mark.signs, mark.id).not.toBe('');
      expect(mark.links, mark.id).toEqual(mark.signs.split(' ').map((n) => `#sign-${n}`));
    }
    const signIds = new Set(signs.map((s) => s.id));
    expect(marks.flatMap((m) => m.links).every((href) => signIds.has(href!.slice(1)))).toBe(true);
    // Every sign has at least one mark, and its word links lead to marks that carry its number.
    for (const [index, sign] of signs.entries()) {
      const number = String(index + 1);
      expect(
        marks.some((m) => m.signs.split(' ').includes(number)),
        sign.sign,
      ).toBe(true);
      const targets = await page.$$eval(`#${sign.id} .sign__words a`, (links) => links.map((a) => a.getAttribute('href')!.slice(1)));
      expect(targets.length, sign.sign).toBeGreaterThan(0);
      for (const target of targets)
        expect(marks.find((m) => m.id === target)?.signs.split(' '), `${sign.sign} → ${target}`).toContain(number);
    }
    expect(requests).toEqual([]);
    await context.close();
  });

  it('follows a mark’s number to its sign, which then shows only its own marks highlighted', async () => {
    const { context, page, requests } = await openChecker();
    await check(page, AMAZON_VOICEMAIL);
    const link = page.locator('.marked-text mark[data-signs~="2"] a.mark__sign[href="#sign-2"]').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#sign-2');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-2');
    const backgrounds = await page.$$eval('.marked-text mark', (items) =>
      items.map((m) => [(m as HTMLElement).dataset.signs!.split(' ').includes('2'), getComputedStyle(m).backgroundColor]),
    );
    expect(backgrounds.filter(([own]) => own).every(([, color]) => color !== 'rgba(0, 0, 0, 0)')).toBe(true);
    expect(backgrounds.filter(([own]) => !own).every(([, color]) => color === 'rgba(0, 0, 0, 0)')).toBe(true);
    expect(requests).toEqual([]);
    await context.close();
  });
  it('selects a sign from its words: the mark takes the focus and all of the sign’s marks are highlighted', async () => {
    const { context, page, requests } = await openChecker();
    await check(page, AMAZON_VOICEMAIL);
    const sign = await page.$eval('.signs > li:last-child', (item) => item.id.slice('sign-'.length));
    const link = page.locator(`#sign-${sign} .sign__words a`).first();
    const markId = (await link.getAttribute('href'))!.slice(1);
    await link.click();
    await page.waitForFunction((id) => document.activeElement?.id === id, markId);
    const highlighted = await page.$$eval('.marked-text mark', (items) =>
      items
        .filter((m) => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)')
        .map((m) => (m as HTMLElement).dataset.signs!.split(' ')),
    );
    expect(highlighted.length).toBeGreaterThan(0);
    expect(highlighted.every((signs) => signs.includes(sign))).toBe(true);
    const all = await page.$$eval('.marked-text mark', (items) => items.map((m) => (m as HTMLElement).dataset.signs!.split(' ')));
    expect(highlighted.length).toBe(all.filter((signs) => signs.includes(sign)).length);
    expect(requests).toEqual([]);
    await context.close();
  });
});

describe('what has happened so far, in the browser', () => {
  it('shows 7726 and the account-recovery steps for a code given in the UK, from a text, with 0 requests', async () => {
    const { context, page, requests } = await openChecker({ locale: 'en-GB' });
    await check(page, CODE_TEXT);
    expect(await page.isVisible('#what-happened')).toBe(true);
    expect(await page.inputValue('#happened-country')).toBe('uk');
    expect(await page.isChecked('input[name="channel"][value="text"]')).toBe(true);
    await page.check('input[name="happened"][value="gave-code-or-password"]');
    const shown = await shownSteps(page);
    expect(shown).toContain('7726');
    expect(shown).toContain('Change the password of that account now');
    expect(shown).toContain('Turn on 2-step verification');
    // Only the UK's steps for this answer: not another country's, not another answer's.
    expect(shown).not.toContain('Federal Trade Commission');
    expect(shown).not.toContain('Remove the app they had you install');
    expect(requests).toEqual([]);
    await context.close();
  });

  it('shows the FTC for a call in the US, and no text-only places', async () => {
    const { context, page, requests } = await openChecker({ locale: 'en-US' });
    await check(page, AMAZON_VOICEMAIL);
    expect(await page.inputValue('#happened-country')).toBe('us');
    // The voicemail says "press 1": it reads as a call.
    expect(await page.isChecked('input[name="channel"][value="call"]')).toBe(true);
    await page.check('input[name="happened"][value="gave-code-or-password"]');
    const shown = await shownSteps(page);
    expect(shown).toContain('Federal Trade Commission');
    expect(shown).toContain('Change the password of that account now');
    expect(shown).not.toContain('forward texts to 7726');
    await page.check('input[name="channel"][value="text"]');
    expect(await shownSteps(page)).toContain('forward texts to 7726');
    expect(requests).toEqual([]);
    await context.close();
  });

  it('lets the person change the country, and remembers it in this browser only', async () => {
    const { context, page, requests } = await openChecker({ locale: 'en-US' });
    await check(page, CODE_TEXT);
    await page.selectOption('#happened-country', 'au');
    await page.check('input[name="happened"][value="paid"]');
    expect(await shownSteps(page)).toContain('IDCARE');
    expect(await page.evaluate(() => localStorage.getItem('redflags:country'))).toBe('au');
    expect(requests).toEqual([]);
    await page.reload({ waitUntil: 'networkidle' });
    await check(page, CODE_TEXT);
    expect(await page.inputValue('#happened-country')).toBe('au');
    await context.close();
  });

  it('asks before it shows steps: nothing is shown until an answer is chosen', async () => {
    const { context, page } = await openChecker({ locale: 'en-GB' });
    expect(await page.isVisible('#what-happened')).toBe(false);
    await check(page, CODE_TEXT);
    expect(await page.isVisible('.happened__prompt')).toBe(true);
    expect(await page.isVisible('.happened__plans')).toBe(false);
    await context.close();
  });
});

describe('what has happened so far, without JavaScript', () => {
  it('is on the no-JS result page with the channel guessed and the country of the browser’s languages, and the choice works by CSS alone', async () => {
    const context = await running.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${running.site.url}/check/`);
    await page.fill('#checker-text', AMAZON_VOICEMAIL);
    await Promise.all([page.waitForURL(/\/check\/result\/?$/), page.click('form[data-checker] button[type="submit"]')]);
    expect(await page.isChecked('input[name="channel"][value="call"]')).toBe(true);
    expect(await page.inputValue('#happened-country')).toBe('uk');
    await page.check('input[name="happened"][value="paid"]');
    const shown = await shownSteps(page);
    expect(shown).toContain('Call your bank now, or call 159');
    expect(shown).toContain('Action Fraud');
    expect(shown).not.toContain('Federal Trade Commission');
    // The marks lead to their signs without JavaScript too.
    const href = await page.getAttribute('.marked-text mark a.mark__sign', 'href');
    expect(href).toMatch(/^#sign-\d+$/);
    expect(await page.locator(href!).count()).toBe(1);
    await context.close();
  });

  it('is fully readable on a guide page: every country in the HTML, and an answer shows its steps', async () => {
    const context = await running.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${running.site.url}/guides/one-time-code-theft/`);
    expect(await page.$$eval('#what-happened .happened__report h4', (h) => h.map((n) => n.textContent))).toEqual([
      'United States',
      'United Kingdom',
      'Australia',
      'Canada',
      'Everywhere else',
    ]);
    await page.check('input[name="happened"][value="gave-code-or-password"]');
    const shown = await shownSteps(page);
    for (const country of ['United States', 'United Kingdom', 'Australia', 'Canada', 'Everywhere else']) expect(shown).toContain(country);
    expect(shown).toContain('Change the password of that account now');
    // With no country chosen, a step only some countries have says which.
    expect(shown).toContain('In the United Kingdom: If the code came from your bank, call your bank now');
    await context.close();
  });
});
