// /report/: every country on one page, the visitor's own first (from the browser's languages or their
// earlier choice, with no request), and the header's "Report a scam" goes there.
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from './site-and-browser.js';

const running = useSiteAndBrowser();

const order = (page: import('playwright-core').Page) =>
  page.$$eval('[data-report-countries] > [data-country]', (items) => items.map((item) => (item as HTMLElement).dataset.country));

describe('/report/', () => {
  it('answers 200 and links every country page', async () => {
    const response = await fetch(`${running.site.url}/report/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const path of ['us', 'uk', 'au', 'ca', 'other']) expect(html).toContain(`href="/report/${path}/"`);
    for (const path of ['us', 'uk', 'au', 'ca', 'other']) expect((await fetch(`${running.site.url}/report/${path}/`)).status).toBe(200);
  });

  it('lists the visitor’s country first, from the browser’s languages, without a request', async () => {
    const context = await running.browser.newContext({ locale: 'en-AU' });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${running.site.url}/report/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-visitor-country]');
    expect(await order(page)).toEqual(['au', 'us', 'uk', 'ca', 'other']);
    expect(await page.textContent('[data-report-countries] > li:first-child a')).toBe('Australia');
    // The page, its style and its one small script; nothing that could carry the visitor's country.
    expect(requests.filter((path) => !/^\/(report\/|_astro\/|favicon)/.test(path))).toEqual([]);
    await context.close();
  });

  it('puts the country chosen earlier in this browser first, whatever the languages say', async () => {
    const context = await running.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${running.site.url}/report/`);
    await page.evaluate(() => localStorage.setItem('redflags:country', 'ca'));
    await page.reload({ waitUntil: 'networkidle' });
    expect((await order(page))[0]).toBe('ca');
    await context.close();
  });

  it('keeps the fixed order without JavaScript', async () => {
    const context = await running.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${running.site.url}/report/`);
    expect(await order(page)).toEqual(['us', 'uk', 'au', 'ca', 'other']);
    await context.close();
  });

  it('is where the header’s "Report a scam" goes, marked as the current page there and on a country page', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.site.url}/guides/`);
    expect(await page.getAttribute('header.site a:text("Report a scam")', 'href')).toBe('/report/');
    await page.goto(`${running.site.url}/report/uk/`);
    expect(await page.getAttribute('header.site a:text("Report a scam")', 'aria-current')).toBe('page');
    await page.close();
  });
});
