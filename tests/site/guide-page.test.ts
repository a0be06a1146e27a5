// The guide page: every section in order, "What has happened so far?" for all five countries with the visitor's
// own chosen, clean Unicode.
import { describe, expect, it } from 'vitest';
import { readContent } from './site-server.js';
import { useSiteAndBrowser } from './site-and-browser.js';

const SLUG = 'amazon-fraud-prevention-call';
const GUIDE = `/guides/${SLUG}/`;
const guide = readContent().guides.find((g) => g.slug === SLUG)!;
const running = useSiteAndBrowser();

describe('guide page', () => {
  it('shows every section in the order of the reference guide', async () => {
    const page = await running.browser.newPage();
    await page.goto(running.site.url + GUIDE);
    const ids = await page.$$eval('article > section, article > aside', (nodes) => nodes.map((n) => n.id));
    const optional = (id: string, present: boolean) => (present ? [id] : []);
    expect(ids).toEqual([
      'answer',
      'scenario',
      ...optional('variants', (guide.variants ?? []).length > 0),
      'red-flags',
      'what-to-do',
      'what-happened',
      'check',
      ...optional('faq', (guide.faq ?? []).length > 0),
      ...optional('related', (guide.relatedGuides ?? []).length > 0),
    ]);
    expect(await page.textContent('h1')).toBe(guide.title);
    expect(await page.$$eval('#red-flags dt', (dt) => dt.map((n) => n.textContent))).toEqual(guide.redFlags.map((f) => f.flag));
    expect(await page.$$eval('#what-to-do ol > li', (items) => items.length)).toBeGreaterThan(0);
    expect(await page.$$eval('#red-flags dd', (items) => items.every((dd) => dd.textContent!.startsWith('Why it matters:')))).toBe(true);
    expect(await page.textContent('#check')).toContain('a guide, not a verdict');
    await page.close();
  });

  it('has steps and places to report for all five countries, with Action Fraud and Police Scotland on 101 for the UK', async () => {
    const page = await running.browser.newPage({ locale: 'en-US' });
    await page.goto(running.site.url + GUIDE);
    const groups = await page.$$eval('#what-happened .happened__report h4', (h) => h.map((n) => n.textContent));
    expect(groups).toEqual(['United States', 'United Kingdom', 'Australia', 'Canada', 'Everywhere else']);
    const uk = await page.textContent('#what-happened .happened__report[data-country="uk"]');
    expect(uk).toContain('Action Fraud');
    expect(uk).toContain('Police Scotland');
    expect(uk).toMatch(/Phone: 101(?!\d)/);
    await page.close();
  });

  it('chooses the visitor’s country when the browser says en-GB, and shows only its steps for the answer chosen', async () => {
    const page = await running.browser.newPage({ locale: 'en-GB' });
    await page.goto(running.site.url + GUIDE, { waitUntil: 'networkidle' });
    expect(await page.inputValue('#happened-country')).toBe('uk');
    await page.check('input[name="happened"][value="paid"]');
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is what the reader sees (CSS hides the other countries); textContent would include them
    const shown = await page.locator('#what-happened .happened__plans').innerText();
    expect(shown).toContain('Call your bank now, or call 159');
    expect(shown).not.toContain('United States');
    await page.close();
  });

  it('offers only the guide’s own channels, its first one chosen', async () => {
    const page = await running.browser.newPage();
    await page.goto(running.site.url + GUIDE);
    const offered = await page.$$eval('input[name="channel"]', (inputs) =>
      inputs.map((i) => [(i as HTMLInputElement).value, (i as HTMLInputElement).checked]),
    );
    expect(offered.map(([value]) => value).sort()).toEqual([...guide.channels].sort());
    expect(offered.filter(([, checked]) => checked).map(([value]) => value)).toEqual([guide.channels[0]]);
    await page.close();
  });

  it('keeps every country with JavaScript off, none chosen', async () => {
    const context = await running.browser.newContext({ javaScriptEnabled: false, locale: 'en-AU' });
    const page = await context.newPage();
    await page.goto(running.site.url + GUIDE);
    const order = await page.$$eval('#what-happened .happened__report', (s) => s.map((n) => (n as HTMLElement).dataset.country));
    expect(order).toEqual(['us', 'uk', 'au', 'ca', 'other']);
    expect(await page.inputValue('#happened-country')).toBe('');
    await context.close();
  });

  it('is UTF-8 without mojibake: curly quotes, dashes and accents arrive intact', async () => {
    const response = await fetch(running.site.url + GUIDE);
    expect(response.headers.get('content-type')?.toLowerCase()).toMatch(/^text\/html; ?charset=utf-8$/);
    const html = await response.text();
    expect(html).toContain('<meta charset="utf-8"');
    // UTF-8 read as Latin-1/Windows-1252 shows up as these sequences; U+FFFD is a lost character.
    expect(html).not.toMatch(/â€|Ã[©¨¢¶¼]|Â[ £]|\uFFFD/);
    const page = await running.browser.newPage();
    await page.goto(running.site.url + GUIDE);
    expect(await page.textContent('#answer .lede')).toBe(guide.shortAnswer);
    const texts = [
      guide.title,
      guide.shortAnswer,
      ...guide.variants.flatMap((v) => [v.title, v.description]),
      ...guide.redFlags.flatMap((f) => [f.flag, f.why]),
      ...(guide.faq ?? []).flatMap((q) => [q.question, q.answer]),
    ];
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it strips
    const nonAscii = texts.join(' ').match(/[^\x00-\x7f]/g) ?? [];
    expect(nonAscii.length, 'the guide should contain non-ASCII text for this test to mean something').toBeGreaterThan(0);
    const body = await page.textContent('article');
    for (const character of new Set(nonAscii)) expect(body).toContain(character);
    await page.close();
  });

  it('describes itself with Article and FAQPage structured data, a canonical URL and Open Graph', async () => {
    const html = await (await fetch(running.site.url + GUIDE)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
      (m) => JSON.parse(m[1]!) as { '@type': string; mainEntity?: unknown[] },
    );
    expect(blocks.map((b) => b['@type'])).toEqual((guide.faq ?? []).length > 0 ? ['Article', 'FAQPage'] : ['Article']);
    if ((guide.faq ?? []).length > 0) expect(blocks[1]!.mainEntity).toHaveLength(guide.faq.length);
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/guides\/amazon-fraud-prevention-call\/"/);
    expect(html).toContain('<meta property="og:type" content="article"');
  });

  it('weighs at most 50 KB and ships no script beyond the "What has happened" step', async () => {
    const html = await (await fetch(running.site.url + GUIDE)).text();
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(50 * 1024);
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    const executable = scripts.filter((attributes) => !attributes.includes('application/ld+json'));
    expect(executable).toHaveLength(1);
    expect(executable[0]).toMatch(/type="module" src="\/_astro\/[^"]+\.js"/);
  });
});
