// Screenshot-reader benchmark: serves the existing build (builds only if there is none), opens /check
// in Chromium and reads a typical 1170 × 2532 phone screenshot. Prints one JSON line per measure:
// what /check downloads when it opens (the reader is not part of it), the bytes the reader downloads on
// first use (as served, and gzipped as a compressing server or CDN would send them), the time to the
// first text with an empty cache, with the reader loaded and with the files in the HTTP cache, and the
// browser's peak memory (PSS of all its processes) while reading.
// Usage: npm run bench:ocr [-- --dir apps/site/dist --sweep | --load-only]
// --load-only prints only what opening /check and checking typed text download, for comparing with a
// build of /check without the screenshot input.
// --sweep also reads every message of fixtures/screenshots in every look (phone: iOS and Android, light
// and dark, two text sizes; email: light and dark, two sizes) and prints the word accuracy and how often
// the checker's level matches the typed text's.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { emailScreenshot, phoneScreenshot } from '../fixtures/screenshots/make-screenshot.ts';
import { EMAIL_MESSAGES, TEXT_MESSAGES, typedText } from '../fixtures/screenshots/messages.ts';
import { wordAccuracy } from '../fixtures/screenshots/word-accuracy.ts';
import { benchBuildDir, startSiteServer } from './site-server.mjs';

const sweep = process.argv.includes('--sweep');
const loadOnly = process.argv.includes('--load-only');

const { url, server } = await startSiteServer(benchBuildDir());
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const typical = TEXT_MESSAGES[0];
  const screenshot = await phoneScreenshot(browser, typical, { layout: 'ios', mode: 'light', size: 'regular' });
  const second = await phoneScreenshot(browser, TEXT_MESSAGES[1], { layout: 'ios', mode: 'dark', size: 'regular' });

  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = recordResponses(context);
  await page.goto(`${url}/check/`, { waitUntil: 'networkidle' });
  const pageLoad = responses.splice(0);
  const scripts = pageLoad.filter((response) => response.type === 'script');
  console.log(
    JSON.stringify({
      measure: '/check first load',
      requests: pageLoad.length,
      scripts: scripts.length,
      script_bytes: sum(scripts, 'raw'),
      script_gzip_bytes: sum(scripts, 'gzip'),
      all_bytes: sum(pageLoad, 'raw'),
      all_gzip_bytes: sum(pageLoad, 'gzip'),
      reader_files: pageLoad.filter((response) => response.path.startsWith('/_astro/ocr/')).length,
      screenshot_section_html_bytes: await page.$eval('[data-screenshot]', (section) => section.outerHTML.length).catch(() => 0),
      files: pageLoad.map((response) => `${response.path} ${response.raw} (${response.gzip} gzip)`),
    }),
  );

  // A text-only check, as before there was a screenshot input: it must download nothing more.
  await page.fill('#checker-text', typedText(typical));
  await page.click('form[data-checker] button[type="submit"]');
  await page.waitForSelector('[data-checker-output] .result');
  await page.waitForTimeout(300);
  const textCheck = responses.splice(0);
  console.log(
    JSON.stringify({
      measure: 'text-only check after the first load',
      requests: textCheck.length,
      bytes: sum(textCheck, 'raw'),
      reader_files: textCheck.filter((response) => response.path.startsWith('/_astro/ocr/')).length,
    }),
  );
  await page.$eval('[data-checker-output]', (output) => (output.innerHTML = ''));
  if (!loadOnly) {
    const memory = sampleMemory();
    const first = await readOnPage(page, screenshot);
    const peak = memory.stop();
    const downloads = responses.splice(0);
    console.log(
      JSON.stringify({
        measure: 'first use (empty cache), 1170x2532 phone screenshot',
        time_to_first_text_ms: first.ms,
        word_accuracy: round(wordAccuracy(typedText(typical), first.text)),
        requests: downloads.length,
        downloaded_bytes: sum(downloads, 'raw'),
        downloaded_gzip_bytes: sum(downloads, 'gzip'),
        files: downloads.map((response) => `${response.path.replace(/^\/_astro\//, '')} ${response.raw} (${response.gzip} gzip)`),
        browser_pss_before_mb: peak.beforeMb,
        browser_pss_peak_mb: peak.peakMb,
        browser_pss_peak_increase_mb: round(peak.peakMb - peak.beforeMb, 1),
      }),
    );

    const warm = await readOnPage(page, second);
    console.log(
      JSON.stringify({ measure: 'second screenshot, reader loaded', time_to_first_text_ms: warm.ms, requests: responses.splice(0).length }),
    );

    const cachedPage = await context.newPage();
    await cachedPage.goto(`${url}/check/`, { waitUntil: 'networkidle' });
    responses.splice(0);
    const cached = await readOnPage(cachedPage, screenshot);
    const fromCache = responses.splice(0);
    console.log(
      JSON.stringify({
        measure: 'new page, reader files in the HTTP cache',
        time_to_first_text_ms: cached.ms,
        requests: fromCache.length,
        served_from_cache: fromCache.filter((response) => response.fromCache).length,
      }),
    );
  }
  await context.close();

  if (sweep && !loadOnly) await runSweep();
} finally {
  await browser.close();
  server.kill('SIGTERM');
}

/** Gives the picture to /check's file input and times it until the text is in the box. */
async function readOnPage(page, png) {
  await page.fill('#checker-text', '');
  const started = performance.now();
  await page.setInputFiles('#screenshot-file', { name: 'screenshot.png', mimeType: 'image/png', buffer: png });
  await page.waitForFunction(
    () =>
      document.querySelector('#checker-text').value !== '' ||
      document.querySelector('[data-screenshot-status]')?.classList.contains('form-error'),
    null,
    {
      timeout: 180_000,
      polling: 20,
    },
  );
  const ms = Math.round(performance.now() - started);
  const text = await page.inputValue('#checker-text');
  if (text === '') throw new Error(`the screenshot was not read: ${await page.textContent('[data-screenshot-status]')}`);
  await page.waitForSelector('[data-checker-output] .result');
  return { ms, text };
}

/** Every response in the context (workers included), with its size as served and gzipped. */
function recordResponses(context) {
  const list = [];
  context.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/favicon')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const gzip = path.endsWith('.gz') ? body.length : gzipSync(body, { level: 6 }).length;
    list.push({
      path,
      type: response.request().resourceType(),
      raw: body.length,
      gzip,
      fromCache:
        response.fromServiceWorker() ||
        (
          await response
            .request()
            .sizes()
            .catch(() => ({ responseBodySize: 1 }))
        ).responseBodySize === 0,
    });
  });
  return list;
}

/** Samples the PSS of every Chromium process this bench started, every 50 ms, until stopped. */
function sampleMemory() {
  const pssMb = () => browserProcesses().reduce((total, pid) => total + pssKb(pid), 0) / 1024;
  const beforeMb = pssMb();
  let peakMb = beforeMb;
  const timer = setInterval(() => (peakMb = Math.max(peakMb, pssMb())), 50);
  return {
    stop: () => {
      clearInterval(timer);
      return { beforeMb: round(beforeMb, 1), peakMb: round(Math.max(peakMb, pssMb()), 1) };
    },
  };
}

/** The processes descending from this one whose command is Chromium. */
function browserProcesses() {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), {
        parent: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]),
        name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
      });
    } catch {
      // The process ended while listing.
    }
  }
  const descends = (pid) => {
    for (let current = pid; current > 1; current = parents.get(current)?.parent ?? 0) if (current === process.pid) return true;
    return false;
  };
  return [...parents].filter(([pid, { name }]) => name.startsWith('chrom') && descends(pid)).map(([pid]) => pid);
}

function pssKb(pid) {
  try {
    return Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Every message in every look: word accuracy and whether the checker's level matches the typed text's. */
async function runSweep() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/check/`, { waitUntil: 'networkidle' });
  const looks = ['ios', 'android'].flatMap((layout) =>
    ['light', 'dark'].flatMap((mode) => ['regular', 'large'].map((size) => ({ layout, mode, size }))),
  );
  const cases = [
    ...TEXT_MESSAGES.flatMap((message) => looks.map((look) => ({ message, look }))),
    ...EMAIL_MESSAGES.flatMap((message) =>
      looks.filter((look) => look.layout === 'ios').map(({ mode, size }) => ({ message, look: { mode, size } })),
    ),
  ];
  const rows = [];
  for (const { message, look } of cases) {
    const png = message.kind === 'text' ? await phoneScreenshot(browser, message, look) : await emailScreenshot(browser, message, look);
    await page.$eval('[data-checker-output]', (output) => (output.innerHTML = ''));
    const read = await readOnPage(page, png);
    const readLevel = await page.getAttribute('.result', 'data-level');
    await page.$eval('[data-checker-output]', (output) => (output.innerHTML = ''));
    await page.fill('#checker-text', typedText(message));
    await page.click('form[data-checker] button[type="submit"]');
    await page.waitForSelector('[data-checker-output] .result');
    const typedLevel = await page.getAttribute('.result', 'data-level');
    const accuracy = wordAccuracy(typedText(message), read.text);
    rows.push({
      name: `${message.id} ${look.layout ?? 'email'} ${look.mode} ${look.size}`,
      accuracy,
      same: readLevel === typedLevel,
      ms: read.ms,
    });
    if (accuracy < 0.95 || readLevel !== typedLevel)
      process.stderr.write(
        `${rows.at(-1).name}: ${round(accuracy)} words right, level ${readLevel} (typed ${typedLevel})\n  read: ${JSON.stringify(read.text)}\n`,
      );
  }
  await context.close();
  const times = rows.map((row) => row.ms).sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      measure: 'sweep',
      screenshots: rows.length,
      mean_word_accuracy: round(rows.reduce((total, row) => total + row.accuracy, 0) / rows.length),
      below_95_percent: rows.filter((row) => row.accuracy < 0.95).length,
      same_level: round(rows.filter((row) => row.same).length / rows.length),
      median_time_to_text_ms: times[Math.floor(times.length / 2)],
    }),
  );
}

function sum(list, key) {
  return list.reduce((total, item) => total + item[key], 0);
}

function round(value, digits = 3) {
  return Number(value.toFixed(digits));
}
