// The guide index: filters are plain links to static lists (no JavaScript needed); search runs on pagefind's static index.
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from './site-and-browser.js';

const running = useSiteAndBrowser();

describe('guide index', () => {
  it('filters by channel, brand and kind through links that work without JavaScript', async () => {
    const context = await running.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${running.site.url}/guides/`);
    const filters = await page.$$eval('nav.filters a', (a) => a.map((n) => n.getAttribute('href')));
    expect(filters).toContain('/guides/channel/call/');
    expect(filters).toContain('/guides/brand/amazon/');
    expect(filters.some((href) => href?.startsWith('/guides/kind/'))).toBe(true);
    await page.click('nav.filters a[href="/guides/brand/amazon/"]');
    expect(new URL(page.url()).pathname).toBe('/guides/brand/amazon/');
    expect(await page.getAttribute('nav.filters a[href="/guides/brand/amazon/"]', 'aria-current')).toBe('page');
    const listed = await page.$$eval('main .card-list a', (a) => a.map((n) => n.getAttribute('href')));
    expect(listed).toContain('/guides/amazon-fraud-prevention-call/');
    await context.close();
  });

  it('finds a guide with the pagefind search box, under the site’s CSP', async () => {
    const page = await running.browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${running.site.url}/guides/`, { waitUntil: 'networkidle' });
    await page.fill('#guide-search', 'voicemail press');
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
    const links = await page.$$eval('.pagefind-ui__result-link', (a) => a.map((n) => new URL((n as HTMLAnchorElement).href).pathname));
    expect(links[0]).toBe('/guides/amazon-fraud-prevention-call/');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('publishes an RSS feed and a sitemap of the guides', async () => {
    const rss = await (await fetch(`${running.site.url}/rss.xml`)).text();
    expect(rss).toContain('<title>Is that Amazon fraud prevention call a scam?</title>');
    expect(rss).toMatch(/<link>https?:\/\/[^<]+\/guides\/amazon-fraud-prevention-call\/<\/link>/);
    const sitemap = await (await fetch(`${running.site.url}/sitemap-0.xml`)).text();
    expect(sitemap).toMatch(/\/guides\/amazon-fraud-prevention-call\/<\/loc>/);
    expect(sitemap).not.toContain('/check/result');
  });
});
