// The checker in the browser (no network request while checking) and without JavaScript (server form).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AMAZON_VOICEMAIL, HARMLESS_TEXT } from './amazon-voicemail.js';
import { useSiteAndBrowser } from './site-and-browser.js';

const running = useSiteAndBrowser();

/** Opens /check, waits until the bundle has loaded, then checks `text` counting every request made. */
async function checkInBrowser(page: Page, text: string): Promise<{ requests: string[] }> {
  await page.goto(`${running.site.url}/check/`, { waitUntil: 'networkidle' });
  const requests: string[] = [];
  // Chromium fetches the tab icon on its own schedule, sometimes only after 'networkidle'; that
  // request is the browser's, carries nothing from the page, and is not counted.
  page.on('request', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/favicon')) requests.push(request.url());
  });
  await page.fill('#checker-text', text);
  await page.click('form[data-checker] button[type="submit"]');
  await page.waitForSelector('[data-checker-output] .result');
  await page.waitForTimeout(300);
  return { requests };
}

describe('checker in the browser', () => {
  it('reads the Amazon voicemail as high risk, marks its triggering words and links the Amazon guide, with 0 requests', async () => {
    const page = await running.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const { requests } = await checkInBrowser(page, AMAZON_VOICEMAIL);
    expect(requests).toEqual([]);
    expect(await page.getAttribute('.result', 'data-level')).toBe('high');
    expect(await page.textContent('#result-heading')).toBe('High risk: this has strong signs of a scam');
    const marks = (await page.$$eval('.marked-text mark', (m) => m.map((n) => n.textContent ?? ''))).map((t) => t.toLowerCase());
    expect(marks.some((t) => t.includes('press 1'))).toBe(true);
    expect(marks.some((t) => t.includes('purchase'))).toBe(true);
    expect(await page.$$eval('.signs > li', (items) => items.length)).toBeGreaterThan(1);
    expect(await page.getAttribute('.result__guides a[href="/guides/amazon-fraud-prevention-call/"]', 'href')).toBe(
      '/guides/amazon-fraud-prevention-call/',
    );
    expect(await page.evaluate(() => document.activeElement?.classList.contains('result'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never calls a harmless message safe', async () => {
    const page = await running.browser.newPage();
    const { requests } = await checkInBrowser(page, HARMLESS_TEXT);
    expect(requests).toEqual([]);
    expect(await page.getAttribute('.result', 'data-level')).toBe('none');
    expect(await page.textContent('#result-heading')).toBe('No warning signs found — that does not mean it is safe');
    await page.close();
  });

  it('loads the Public Suffix List as its own file with the page, and reads links as the server does', async () => {
    const withLink = 'Amazon: your account is locked. Sign in at amaz0n-account-help.co.uk/verify today to restore it.';
    const withoutLink = 'Amazon: your account is locked. Sign in today to restore it.';
    const serverSigns = async (text: string) => {
      const response = await fetch(`${running.site.url}/api/check`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
      return ((await response.json()) as { signs: { id: string }[] }).signs.map((s) => s.id);
    };
    const page = await running.browser.newPage();
    const scripts: string[] = [];
    page.on('response', (response) => response.request().resourceType() === 'script' && scripts.push(new URL(response.url()).pathname));
    await checkInBrowser(page, withLink);
    expect(scripts.filter((path) => /\/parse-host\.[\w-]+\.js$/.test(path))).toHaveLength(1);
    const signs = await page.$$eval('.signs > li', (items) => items.map((item) => (item as HTMLElement).dataset.sign ?? ''));
    expect(signs).toEqual(await serverSigns(withLink));
    // The link is what changes the reading, so the list was really used.
    expect(signs).not.toEqual(await serverSigns(withoutLink));
    await page.close();
  });

  it('loads the rules as a hashed static file', async () => {
    const page = await running.browser.newPage();
    const bundles: string[] = [];
    page.on(
      'response',
      (response) => response.url().includes('/bundle/') && bundles.push(`${response.status()} ${new URL(response.url()).pathname}`),
    );
    await page.goto(`${running.site.url}/check/`, { waitUntil: 'networkidle' });
    expect(bundles).toHaveLength(1);
    expect(bundles[0]).toMatch(/^200 \/bundle\/rules\.[0-9a-f]{12}\.json$/);
    await page.close();
  });
});

describe('checker without JavaScript', () => {
  it('posts the form to the server and renders the same result', async () => {
    const context = await running.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${running.site.url}/check/`);
    await page.fill('#checker-text', AMAZON_VOICEMAIL);
    await Promise.all([page.waitForURL(/\/check\/result\/?$/), page.click('form[data-checker] button[type="submit"]')]);
    expect(await page.getAttribute('.result', 'data-level')).toBe('high');
    expect(await page.textContent('#result-heading')).toBe('High risk: this has strong signs of a scam');
    const marks = await page.$$eval('.marked-text mark', (m) => m.map((n) => (n.textContent ?? '').toLowerCase()));
    expect(marks.some((t) => t.includes('press 1'))).toBe(true);
    expect(await page.$$eval('.result__guides a', (a) => a.map((n) => n.getAttribute('href')))).toContain(
      '/guides/amazon-fraud-prevention-call/',
    );
    await context.close();
  });

  it('renders the same HTML for the result as the browser checker', async () => {
    const jsPage = await running.browser.newPage();
    await checkInBrowser(jsPage, AMAZON_VOICEMAIL);
    const inBrowser = await jsPage.$eval('.result', (n) => n.outerHTML);
    await jsPage.close();
    const context = await running.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${running.site.url}/check/`);
    await page.fill('#checker-text', AMAZON_VOICEMAIL);
    await Promise.all([page.waitForURL(/\/check\/result\/?$/), page.click('form[data-checker] button[type="submit"]')]);
    expect(await page.$eval('.result', (n) => n.outerHTML)).toBe(inBrowser);
    await context.close();
  });

  it('says what is wrong with an empty form, with a 400', async () => {
    const response = await fetch(`${running.site.url}/check/result/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: running.site.url },
      body: 'text=%20',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Paste a message to check first.');
  });

  it('refuses a cross-site form post (Astro checks the Origin)', async () => {
    const response = await fetch(`${running.site.url}/check/result/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: 'text=hello',
    });
    expect(response.status).toBe(403);
  });
});
