// The screenshot input on /check, in Chromium: a generated phone screenshot dropped or pasted on the
// page is read in the browser (the reader's files come from this site, only once a picture is given),
// its text goes into the box and the usual check runs; nothing goes to another origin and no request
// carries the picture or its text. The accuracy test reads corpus messages rendered as phone and email
// screenshots (light and dark, two text sizes) and compares the text and the checker's level with the typed text.
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailScreenshot, phoneScreenshot } from '../../apps/site/fixtures/screenshots/make-screenshot.ts';
import { typedText } from '../../apps/site/fixtures/screenshots/messages.ts';
import { wordAccuracy, wordsOf } from '../../apps/site/fixtures/screenshots/word-accuracy.ts';
import { AMAZON_VOICEMAIL } from './amazon-voicemail.js';
import { launchBrowser } from './browser.js';
import { corpusScreenshots } from './screenshot-corpus.js';
import { startSite, type RunningSite } from './site-server.js';

let site: RunningSite;
let browser: Browser;
let amazonScreenshot: Buffer;

beforeAll(async () => {
  site = await startSite();
  browser = await launchBrowser();
  amazonScreenshot = await phoneScreenshot(
    browser,
    { id: 'amazon', kind: 'text', sender: 'Amazon', body: AMAZON_VOICEMAIL },
    { mode: 'light', size: 'regular' },
  );
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

/** A new context and page on /check, with every request and console error from then on recorded. */
async function openChecker(): Promise<{ context: BrowserContext; page: Page; requests: Request[]; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: Request[] = [];
  const errors: string[] = [];
  // Chromium fetches the tab icon on its own; that request carries nothing from the page.
  context.on('request', (request) => !new URL(request.url()).pathname.startsWith('/favicon') && requests.push(request));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${site.url}/check/`, { waitUntil: 'networkidle' });
  return { context, page, requests, errors };
}

/** Drops a picture on the screenshot area as a person dragging a file from their desktop would. */
async function dropPicture(page: Page, png: Buffer, type = 'image/png', name = 'screenshot.png'): Promise<void> {
  await page.evaluate(
    ({ base64, type, name }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name, { type }));
      const target = document.querySelector('[data-screenshot]')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { base64: png.toString('base64'), type, name },
  );
}

/** Waits for the check that follows a reading, and returns the text read, the result's level and its signs' ids. */
async function resultOfReading(page: Page): Promise<{ text: string; level: string | null; signs: string[] }> {
  await page.waitForSelector('[data-checker-output] .result', { timeout: 60_000 });
  return {
    text: await page.inputValue('#checker-text'),
    level: await page.getAttribute('.result', 'data-level'),
    signs: await page.$$eval('.signs > li', (items) => items.map((item) => (item as HTMLElement).dataset.sign ?? '')),
  };
}

/** Checks typed text in the same page, as a person would after correcting the box. */
async function checkTyped(page: Page, text: string): Promise<{ level: string | null; signs: string[] }> {
  await page.$eval('[data-checker-output]', (output) => (output.innerHTML = ''));
  await page.fill('#checker-text', text);
  await page.click('form[data-checker] button[type="submit"]');
  await page.waitForSelector('[data-checker-output] .result');
  return {
    level: await page.getAttribute('.result', 'data-level'),
    signs: await page.$$eval('.signs > li', (items) => items.map((item) => (item as HTMLElement).dataset.sign ?? '')),
  };
}

describe('screenshot input', () => {
  it('reads a dropped screenshot of the Amazon voicemail and finds the same signs as the typed text, with 0 cross-origin requests', async () => {
    const { context, page, requests, errors } = await openChecker();
    const atLoad = requests.map((request) => new URL(request.url()).pathname);
    expect(atLoad.filter((path) => path.startsWith('/_astro/ocr/') || /read-(?:screenshot|into-box)/.test(path))).toEqual([]);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const before = requests.length;

    await dropPicture(page, amazonScreenshot);
    const read = await resultOfReading(page);
    await page.waitForTimeout(300);
    const duringReading = requests.slice(before);

    const typed = await checkTyped(page, AMAZON_VOICEMAIL);
    expect(read.level).toBe('high');
    expect(read.signs, `text read: ${JSON.stringify(read.text)}`).toEqual(typed.signs);
    expect(read.signs.length).toBeGreaterThan(1);
    expect(read.signs.every((sign) => sign !== '')).toBe(true);
    expect(wordAccuracy(AMAZON_VOICEMAIL, read.text)).toBeGreaterThanOrEqual(0.95);
    expect(await page.textContent('[data-screenshot-status]')).toContain('Check the text matches your screenshot');

    // The reader came from this site, only now: its worker by address (not a blob:), the core and the model.
    expect(workers).toHaveLength(1);
    expect(new URL(workers[0]!).origin).toBe(site.url);
    const paths = duringReading.map((request) => new URL(request.url()).pathname);
    expect(paths.some((path) => /^\/_astro\/ocr\/reader\.[0-9a-f]{12}\/worker\.min\.js$/.test(path))).toBe(true);
    expect(paths.some((path) => /^\/_astro\/ocr\/reader\.[0-9a-f]{12}\/tesseract-core-[a-z-]*lstm\.wasm$/.test(path))).toBe(true);
    expect(paths.some((path) => /^\/_astro\/ocr\/eng\.[0-9a-f]{12}\/eng\.traineddata\.gz$/.test(path))).toBe(true);
    // Nothing to another origin, and nothing that could carry the picture or its text: only GETs of built files.
    for (const request of duringReading) {
      const url = new URL(request.url());
      expect(url.origin, request.url()).toBe(site.url);
      expect(request.method(), request.url()).toBe('GET');
      expect(request.postData(), request.url()).toBeNull();
      expect(url.search, request.url()).toBe('');
      expect(url.pathname, request.url()).toMatch(/^\/_astro\//);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds almost nothing to /check’s first load: the reading code and the reader come only with a picture', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: Promise<{ path: string; body: Buffer }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scripts.push(response.body().then((body) => ({ path: new URL(response.url()).pathname, body })));
    });
    await page.goto(`${site.url}/check/`, { waitUntil: 'networkidle' });
    const loaded = await Promise.all(scripts);
    expect(await page.isVisible('#screenshot-file')).toBe(true);
    // Only the controls (show themselves, refuse a file that is not a picture, wait for one) are in the checker's script.
    expect(loaded.map(({ path }) => path).filter((path) => /screenshot|read-into-box|\/ocr\//i.test(path))).toEqual([]);
    for (const { path, body } of loaded) {
      const code = body.toString('utf8');
      for (const readingOnly of ['Getting the text reader ready', 'We read the text from your screenshot', 'tesseract'])
        expect(code.includes(readingOnly), `${path} holds the reading code ("${readingOnly}")`).toBe(false);
    }
    // The page's scripts, the Public Suffix List (parse-host) aside: the checker, its form and the controls.
    const pageScripts = loaded.filter(({ path }) => !/parse-host/.test(path));
    const gzipBytes = pageScripts.reduce((total, { body }) => total + gzipSync(body, { level: 6 }).length, 0);
    console.log(`/check's scripts at first load: ${pageScripts.length} files, ${gzipBytes} B gzip (the Public Suffix List aside)`);
    // 34.5 KB gzip on 2026-12-03 with the launch content, 33.2 KB without the screenshot input; the reading code is 12 KB more.
    expect(gzipBytes).toBeLessThanOrEqual(37_000);
    await context.close();
  });

  it('reads a screenshot pasted with Ctrl+V into the box', async () => {
    const { context, page, errors } = await openChecker();
    await page.evaluate(
      ({ base64 }) => {
        const data = new DataTransfer();
        data.items.add(new File([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], 'image.png', { type: 'image/png' }));
        document
          .querySelector('#checker-text')!
          .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { base64: amazonScreenshot.toString('base64') },
    );
    const read = await resultOfReading(page);
    expect(read.text).toContain('press 1 now');
    expect(read.level).toBe('high');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a file that is not a PNG, JPEG or WebP picture, saying so, without loading the reader', async () => {
    const { context, page, requests } = await openChecker();
    const before = requests.length;
    await page.setInputFiles('#screenshot-file', { name: 'message.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
    expect(await page.textContent('[data-screenshot-status]')).toBe(
      'message.pdf is not a picture we can read. Choose a screenshot saved as PNG, JPEG or WebP.',
    );
    expect(await page.inputValue('#checker-text')).toBe('');
    await page.waitForTimeout(300);
    expect(requests.slice(before)).toEqual([]);
    await context.close();
  });

  it('says when a picture cannot be opened', async () => {
    const { context, page } = await openChecker();
    await page.setInputFiles('#screenshot-file', { name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') });
    await page.waitForFunction(() => document.querySelector('[data-screenshot-status]')?.textContent !== '');
    expect(await page.textContent('[data-screenshot-status]')).toBe(
      'That file could not be opened as a picture. Take the screenshot again, or save it as PNG or JPEG.',
    );
    expect(await page.isHidden('[data-screenshot-progress]')).toBe(true);
    await context.close();
  });

  it('stops reading on Cancel: the worker ends, the box stays empty, the page says so, and the next picture is read', async () => {
    const { context, page } = await openChecker();
    // The model's download is held back, so the reader is still getting ready when Cancel is pressed.
    let releaseModel = () => {};
    const modelHeld = new Promise<void>((resolve) => (releaseModel = resolve));
    await context.route(/eng\.traineddata\.gz$/, async (route) => {
      await modelHeld;
      await route.abort().catch(() => {});
    });
    const started = page.waitForEvent('worker');
    await page.setInputFiles('#screenshot-file', { name: 'screenshot.png', mimeType: 'image/png', buffer: amazonScreenshot });
    const worker = await started;
    const ended = new Promise<void>((resolve) => worker.once('close', () => resolve()));
    expect(await page.isVisible('[data-screenshot-progress]')).toBe(true);
    await page.click('[data-screenshot-cancel]');
    await ended;
    releaseModel();
    expect(await page.textContent('[data-screenshot-status]')).toBe('Reading the screenshot was cancelled.');
    expect(await page.isHidden('[data-screenshot-progress]')).toBe(true);
    expect(await page.inputValue('#checker-text')).toBe('');
    expect(await page.$('[data-checker-output] .result')).toBeNull();
    // The next picture starts a new reader.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await page.setInputFiles('#screenshot-file', { name: 'screenshot.png', mimeType: 'image/png', buffer: amazonScreenshot });
    expect((await resultOfReading(page)).level).toBe('high');
    await context.close();
  });

  it('says so when the reader cannot start (its WebAssembly is missing) instead of waiting for ever', async () => {
    const { context, page } = await openChecker();
    await context.route(/\.wasm$/, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'missing' }));
    await page.clock.install();
    const wasmRefused = page.context().waitForEvent('requestfinished', { predicate: (request) => request.url().endsWith('.wasm') });
    await page.setInputFiles('#screenshot-file', { name: 'screenshot.png', mimeType: 'image/png', buffer: amazonScreenshot });
    await wasmRefused;
    // tesseract.js never reports this failure; the page gives up after 90 s without progress.
    await page.clock.fastForward('01:31');
    await page.waitForFunction(() => document.querySelector('[data-screenshot-status]')?.textContent !== '');
    expect(await page.textContent('[data-screenshot-status]')).toBe(
      'The screenshot could not be read in this browser. Type the message into the box instead.',
    );
    expect(await page.isHidden('[data-screenshot-progress]')).toBe(true);
    await context.close();
  });

  it('says without JavaScript that reading a screenshot needs it, and shows no controls', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/check/`);
    expect(await page.isVisible('text=Reading the text from a screenshot needs JavaScript')).toBe(true);
    expect(await page.isHidden('#screenshot-file')).toBe(true);
    await context.close();
  });

  it('says on /about how a screenshot is read and that it is not sent', async () => {
    const html = await (await fetch(`${site.url}/about/`)).text();
    const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('the picture is read in your browser');
    expect(text).toContain('Neither the picture nor its text is sent anywhere');
  });
});

describe('screenshot reading accuracy', () => {
  it('reads ≥ 95 % of words right on average over 60 corpus messages as phone and email screenshots (light, dark, two text sizes) and gives the typed text’s level for ≥ 95 % of them', async () => {
    // 42 texts and 18 emails: three times the first sample of 14 and 6, which it holds (spread evenly, every third is one of them).
    const cases = corpusScreenshots({ phones: 42, emails: 18 });
    const firstSample = new Set(corpusScreenshots({ phones: 14, emails: 6 }).map(({ message }) => message.id));
    const { context, page, errors } = await openChecker();
    const rows: {
      id: string;
      name: string;
      accuracy: number;
      words: number;
      sameLevel: boolean;
      typedLevel: string | null;
      readLevel: string | null;
      read: string;
    }[] = [];
    for (const { message, look, label } of cases) {
      const png = message.kind === 'text' ? await phoneScreenshot(browser, message, look) : await emailScreenshot(browser, message, look);
      await page.$eval('[data-checker-output]', (output) => (output.innerHTML = ''));
      await page.fill('#checker-text', '');
      await dropPicture(page, png);
      const read = await resultOfReading(page);
      const typed = await checkTyped(page, typedText(message));
      rows.push({
        id: message.id,
        name: `${message.id} (${label}) ${look.layout ?? 'email'} ${look.mode} ${look.size}`,
        accuracy: wordAccuracy(typedText(message), read.text),
        words: wordsOf(typedText(message)).length,
        sameLevel: read.level === typed.level,
        typedLevel: typed.level,
        readLevel: read.level,
        read: read.text,
      });
    }
    await context.close();
    const mean = (some: typeof rows) => some.reduce((sum, row) => sum + row.accuracy, 0) / some.length;
    const meanAccuracy = mean(rows);
    const agreement = rows.filter((row) => row.sameLevel).length / rows.length;
    // Over all words together as well, where a one-word message (a bare link) weighs one word, not 1/60 of the figure.
    const pooled = rows.reduce((sum, row) => sum + row.accuracy * row.words, 0) / rows.reduce((sum, row) => sum + row.words, 0);
    const first = rows.filter((row) => firstSample.has(row.id));
    const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
    console.log(
      `screenshot accuracy over ${rows.length} corpus screenshots: words right ${percent(meanAccuracy)} on average (${percent(pooled)} of all words), same level as the typed text ${percent(agreement)}; the first sample's ${first.length} messages among them: ${percent(mean(first))} on average\n` +
        rows
          .map(
            (row) =>
              `  ${row.name}: ${percent(row.accuracy)}, level ${row.readLevel} (typed ${row.typedLevel})${row.accuracy < 0.95 || !row.sameLevel ? `\n    read: ${JSON.stringify(row.read)}` : ''}`,
          )
          .join('\n'),
    );
    expect(rows).toHaveLength(60);
    expect(first).toHaveLength(20);
    // Every look was used: four phone looks per app, four mail looks.
    expect(new Set(rows.map((row) => row.name.split(' ').slice(2).join(' '))).size).toBe(12);
    // The issue's figures. On 2026-12-03: 96.4 % on average, 98.8 % of all words. The first sample's 20 messages (here
    // in other looks than in that sample) read 93.4 %:
    // one of them, d470, is a message that is only a link, and the English model reads its "qh" as "gh" in every
    // look and size, so it scores 0 % and weighs 1/20 of that figure.
    expect(meanAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(agreement).toBeGreaterThanOrEqual(0.95);
    // Floor just under the pooled figure, so a regression in long messages fails too.
    expect(pooled).toBeGreaterThanOrEqual(0.97);
    expect(errors).toEqual([]);
  }, 600_000);
});
