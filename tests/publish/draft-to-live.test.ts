// Preview and scheduled publishing, in a browser against the real CMS and the live site: an editor previews a draft guide
// on the site (its own page components) while the public URL still answers 404, sees a step edit
// in the live preview after autosave, and schedules guides in the admin — the one left scheduled
// goes live on its own within a minute of its time, the one cancelled never does.
// The runner checks every second here (REDFLAGS_JOBS_CRON); the minute until the scheduled time
// passes while the preview tests run, so it costs the suite little more than a site rebuild.
import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../site/browser.js';
import { ADMIN, copyDatabase, logIn, prepareSeededDatabase, startCms, type CmsDatabase } from '../support/cms.js';
import { startLiveSite, type LiveSite } from '../support/live-site.js';
import { freePort, waitUntil, type RunningProcess } from '@redflags/processes';

const PREVIEW_SECRET = 'e2e-preview-secret-shared-by-cms-and-site';
/** Letters only, so slugs and search stay simple. */
const marker = `zq${Date.now()
  .toString(36)
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`;

let database: CmsDatabase | undefined;
let cms: RunningProcess & { url: string };
let site: LiveSite;
let browser: Browser;
let context: BrowserContext;
let auth: string;

beforeAll(async () => {
  const [controlPort, sitePort] = [await freePort(), await freePort()];
  const env = {
    SITE_REBUILD_URL: `http://127.0.0.1:${controlPort}/rebuild`,
    SITE_REBUILD_DEBOUNCE_MS: '300',
    REDFLAGS_PREVIEW_SECRET: PREVIEW_SECRET,
    REDFLAGS_SITE_URL: `http://127.0.0.1:${sitePort}`,
    REDFLAGS_JOBS_CRON: '* * * * * *',
  };
  const seeded = process.env.REDFLAGS_E2E_DATABASE_DIR;
  database = seeded ? copyDatabase(seeded, env) : prepareSeededDatabase(env);
  cms = await startCms(database);
  site = await startLiveSite(cms.url, { controlPort, port: sitePort, env: { REDFLAGS_PREVIEW_SECRET: PREVIEW_SECRET } });
  auth = await logIn(cms.url);
  browser = await launchBrowser();
  // The schedule drawer reads typed times in the browser's zone; UTC here, as typed below.
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto(`${cms.url}/admin/login`);
  await page.fill('#field-email', ADMIN.email);
  await page.fill('#field-password', ADMIN.password);
  await page.click('button[type=submit]');
  await page.waitForURL(`${cms.url}/admin`, { timeout: 60_000 });
  await page.close();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await cms?.stop();
  if (database) rmSync(database.directory, { recursive: true, force: true });
});

/** Saves a draft guide through the REST API, as the admin's form would. */
async function createDraftGuide(slug: string, title: string, steps: string[]): Promise<string> {
  const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] });
  const response = await fetch(`${cms.url}/api/guides?draft=true`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: auth },
    body: JSON.stringify({
      slug,
      title,
      shortAnswer: 'Yes. Hang up, then call the company on a number you find yourself.',
      scenario: {
        root: {
          type: 'root',
          version: 1,
          children: [paragraph('A caller says your account is locked and asks for the code just sent to you.')],
        },
      },
      redFlags: [{ flag: 'They ask for a code', why: 'A code sent to you is a key to your account; nobody else needs it.' }],
      steps: steps.map((step) => ({ step })),
      channels: ['call'],
      _status: 'draft',
    }),
  });
  const body = (await response.json()) as { doc?: { id: string }; errors?: unknown };
  if (!response.ok || !body.doc) throw new Error(`creating ${slug}: ${response.status} ${JSON.stringify(body)}`);
  return body.doc.id;
}

/** The newest version of a guide as the CMS stores it. */
async function storedDraft(id: string): Promise<{ title: string; _status: string }> {
  return (await (await fetch(`${cms.url}/api/guides/${id}?draft=true&depth=0`, { headers: { Authorization: auth } })).json()) as {
    title: string;
    _status: string;
  };
}

async function statusOf(path: string): Promise<number> {
  return (await fetch(`${site.url}${path}`)).status;
}

/** Opens a guide in the admin and waits for its form. */
async function openGuide(id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${cms.url}/admin/collections/guides/${id}`);
  await page.locator('#field-title').waitFor({ timeout: 60_000 });
  return page;
}

/** The admin's "Schedule Publish" drawer: publish at `at` (minute precision, as the picker takes it). */
async function schedulePublish(page: Page, at: Date): Promise<void> {
  await page.click('#action-save-popup .popup-button');
  await page.getByText('Schedule Publish', { exact: true }).click();
  await page.locator('.schedule-publish__type label', { hasText: /^Publish$/ }).click();
  const typed = at.toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  });
  await page.locator('#time input').fill(typed);
  // Close the date picker without closing the drawer.
  await page.locator('.schedule-publish__type').click({ position: { x: 400, y: 5 } });
  await page.click('#scheduled-publish-save');
  await page.locator('.schedule-publish__upcoming table').waitFor({ timeout: 30_000 });
}

interface Scheduled {
  kept: { id: string; slug: string };
  cancelled: { id: string; slug: string };
  at: Date;
  savedAt: number;
}
let scheduled: Scheduled | undefined;

describe('scheduling in the admin', () => {
  it('schedules two draft guides a minute ahead and cancels one from the dashboard’s list', async () => {
    const kept = { slug: `scheduled-${marker}`, id: '' };
    const cancelled = { slug: `cancelled-${marker}`, id: '' };
    kept.id = await createDraftGuide(kept.slug, `Is that scheduled ${marker} call a scam?`, ['Hang up.']);
    cancelled.id = await createDraftGuide(cancelled.slug, `Is that cancelled ${marker} call a scam?`, ['Hang up.']);
    // The picker takes whole minutes: the first whole minute still a minute away once both are scheduled.
    const at = new Date(Math.ceil((Date.now() + 75_000) / 60_000) * 60_000);
    for (const guide of [kept, cancelled]) {
      const page = await openGuide(guide.id);
      await schedulePublish(page, at);
      await page.close();
    }
    const savedAt = Date.now();
    // About a minute ahead (the admin's picker has no seconds); well clear of the next runner tick.
    expect(at.getTime() - savedAt).toBeGreaterThanOrEqual(50_000);

    const dashboard = await context.newPage();
    await dashboard.goto(`${cms.url}/admin`);
    const rows = dashboard.getByTestId('scheduled-publish');
    await rows.first().waitFor({ timeout: 30_000 });
    expect(await rows.count()).toBe(2);
    const row = dashboard.locator(`[data-testid="scheduled-publish"][data-document="guides/${cancelled.id}"]`);
    expect(await row.textContent()).toContain(`Publish guide Is that cancelled ${marker} call a scam?`);
    await row.getByRole('button', { name: /^Cancel publish of/ }).click();
    await dashboard.getByTestId('scheduled-publishes-message').getByText('Cancelled: publish').waitFor({ timeout: 15_000 });
    await row.waitFor({ state: 'detached', timeout: 15_000 });
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-document')).toBe(`guides/${kept.id}`);
    await dashboard.close();

    const listed = (await (await fetch(`${cms.url}/api/scheduled-publishes`, { headers: { Authorization: auth } })).json()) as {
      items: { documentId: string; at: string; state: string }[];
    };
    expect(listed.items.map((item) => [item.documentId, item.at, item.state])).toEqual([[kept.id, at.toISOString(), 'waiting']]);
    scheduled = { kept, cancelled, at, savedAt };
  });
});

describe('preview', () => {
  let guideId: string;
  let slug: string;
  let editor: Page;

  it('shows the editor’s saved draft on the site — title, steps, reporting block — while the public URL answers 404', async () => {
    slug = `preview-${marker}`;
    guideId = await createDraftGuide(slug, 'Is that preview call a scam?', ['Hang up.', 'Call your bank on the number on your card.']);
    editor = await openGuide(guideId);
    await editor.locator('#field-title').fill(`Is that ${marker} preview call a scam?`);
    // Autosave stores the draft within its 2 s interval.
    await waitUntil(
      async () => (await storedDraft(guideId)).title === `Is that ${marker} preview call a scam?`,
      30_000,
      () => 'autosave never stored the new title',
    );
    expect((await storedDraft(guideId))._status).toBe('draft');

    const [preview] = await Promise.all([context.waitForEvent('page'), editor.click('#preview-button')]);
    await preview.waitForLoadState();
    expect(preview.url()).toMatch(new RegExp(`^${site.url}/preview/guides/${guideId}/\\?key=`));
    expect(await preview.textContent('h1')).toBe(`Is that ${marker} preview call a scam?`);
    expect(await preview.locator('#what-to-do ol > li strong').allTextContents()).toEqual([
      'Hang up.',
      'Call your bank on the number on your card.',
    ]);
    expect((await preview.locator('#what-happened .happened__report h4').allTextContents()).sort()).toEqual([
      'Australia',
      'Canada',
      'Everywhere else',
      'United Kingdom',
      'United States',
    ]);
    expect(await preview.locator('#what-happened .happened__report[data-country="uk"]').textContent()).toContain('Action Fraud');
    expect(await preview.locator('[data-live-preview]').textContent()).toContain('Preview: not public. This guide is a draft.');
    expect(await preview.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await preview.close();

    expect(await statusOf(`/guides/${slug}/`)).toBe(404);
  });

  it('refuses the preview route without the secret’s key (401), and lets only the admin frame it', async () => {
    const bare = await fetch(`${site.url}/preview/guides/${guideId}/`);
    expect(bare.status).toBe(401);
    expect(await bare.text()).not.toContain(marker);
    const href = await editor.locator('#preview-button').getAttribute('href');
    const keyed = await fetch(href!);
    expect(keyed.status).toBe(200);
    expect(keyed.headers.get('content-security-policy')).toContain(`frame-ancestors ${cms.url}`);
    expect(keyed.headers.get('x-robots-tag')).toBe('noindex, nofollow');
  });

  it('shows a step edit in the live preview after autosave', async () => {
    await editor.click('#live-preview-toggler');
    const frame = editor.frameLocator('#live-preview-iframe');
    await frame.locator('h1').getByText(`Is that ${marker} preview call a scam?`).waitFor({ timeout: 30_000 });
    await editor
      .getByRole('tab', { name: 'What to do' })
      .or(editor.getByText('What to do', { exact: true }))
      .first()
      .click();
    const step = editor.locator('#field-steps__0__step');
    await step.waitFor({ timeout: 30_000 });
    const started = Date.now();
    await step.fill(`Hang up now, ${marker}.`);
    await frame.locator('#what-to-do li strong').first().getByText(`Hang up now, ${marker}.`).waitFor({ timeout: 30_000 });
    console.log(`live preview: step edit shown ${((Date.now() - started) / 1000).toFixed(1)} s after typing (autosave every 2 s)`);
    expect(await frame.locator('#what-to-do li strong').allTextContents()).toEqual([
      `Hang up now, ${marker}.`,
      'Call your bank on the number on your card.',
    ]);
    expect(await statusOf(`/guides/${slug}/`)).toBe(404);
    await editor.close();
  });
});

describe('rule preview', () => {
  it('shows what a rule’s finding looks like on the checker for each of its must-match examples', async () => {
    const rules = (await (
      await fetch(`${cms.url}/api/rules?where[scored][equals]=true&limit=1&depth=1&sort=slug`, { headers: { Authorization: auth } })
    ).json()) as {
      docs: { id: string; title: string; examples: { mustMatch: { message: string }[] } }[];
    };
    const rule = rules.docs[0]!;
    const page = await context.newPage();
    await page.goto(`${cms.url}/admin/collections/rules/${rule.id}`);
    const href = await page.locator('#preview-button').getAttribute('href', { timeout: 60_000 });
    await page.goto(href!);
    expect(await page.textContent('h1')).toBe('How this rule looks in the checker');
    const examples = page.locator('section.rule-example');
    expect(await examples.count()).toBe(rule.examples.mustMatch.length);
    for (const [index, example] of (await examples.all()).entries()) {
      expect(await example.getAttribute('data-fired'), rule.examples.mustMatch[index]!.message).toBe('true');
      // The rule's finding is shown under its sign, unfolded even when it is not the sign's lead.
      expect(await example.locator('.signs [data-finding] > strong').allTextContents()).toContain(`${rule.title}.`);
      expect(await example.locator('.marked-text mark').count()).toBeGreaterThan(0);
    }
    await page.close();
  });
});

describe('scheduled publishing', () => {
  it('puts the scheduled guide live within a minute of its time with nobody acting; the cancelled one never goes out', async () => {
    expect(scheduled, 'the scheduling test above must have run').toBeDefined();
    const { kept, cancelled, at, savedAt } = scheduled!;
    // Not before its time.
    if (Date.now() < at.getTime() - 3000) {
      await new Promise((resolve) => setTimeout(resolve, at.getTime() - 3000 - Date.now()));
      expect(await statusOf(`/guides/${kept.slug}/`)).toBe(404);
    }
    await waitUntil(
      async () => (await statusOf(`/guides/${kept.slug}/`)) === 200,
      Math.max(1000, at.getTime() + 60_000 - Date.now()),
      () =>
        `the scheduled guide was not live a minute after ${at.toISOString()}:\n${site.output().slice(-2000)}\n${cms.output().slice(-2000)}`,
    );
    const live = Date.now();
    console.log(
      `scheduled publish: scheduled ${((at.getTime() - savedAt) / 1000).toFixed(0)} s ahead; live ${((live - at.getTime()) / 1000).toFixed(1)} s after its time, ${((live - savedAt) / 1000).toFixed(1)} s after scheduling`,
    );
    expect(await (await fetch(`${site.url}/guides/${kept.slug}/`)).text()).toContain(`Is that scheduled ${marker} call a scam?`);

    // The cancelled guide was due at the same second; the runner has passed it and the site rebuilt.
    expect(await statusOf(`/guides/${cancelled.slug}/`)).toBe(404);
    expect((await storedDraft(cancelled.id))._status).toBe('draft');
    const listed = (await (await fetch(`${cms.url}/api/scheduled-publishes`, { headers: { Authorization: auth } })).json()) as {
      items: unknown[];
    };
    expect(listed.items).toEqual([]);
  }, 200_000);
});
