// A fresh start as a newcomer sees it, on a copy of the database the global setup prepared the
// way `npm start` does (migrations, seed, corpus import, first model): the rule-QA panel counts the
// imported messages of the train part, the dashboard and the learned models page show the live model's
// figures, and an editor retrains a candidate, compares it and publishes it, all in the browser.
import { rmSync } from 'node:fs';
import { share } from '@redflags/engine/learn';
import { createChecker, runQa } from '@redflags/engine';
import { RuleBundle, type CorpusPart, type MessageLabel } from '@redflags/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../site/browser.js';
import { ADMIN, copyDatabase, logIn, prepareSeededDatabase, startCms, type CmsDatabase } from '../support/cms.js';
import type { RunningProcess } from '@redflags/processes';

let database: CmsDatabase | undefined;
let cms: RunningProcess & { url: string };
let browser: Browser;
let page: Page;
let auth: string;

beforeAll(async () => {
  const seeded = process.env.REDFLAGS_E2E_DATABASE_DIR;
  database = seeded ? copyDatabase(seeded) : prepareSeededDatabase();
  cms = await startCms(database);
  auth = await logIn(cms.url);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${cms.url}/admin/login`);
  await page.fill('#field-email', ADMIN.email);
  await page.fill('#field-password', ADMIN.password);
  await page.click('button[type=submit]');
  await page.waitForURL(`${cms.url}/admin`, { timeout: 60_000 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
  if (database) rmSync(database.directory, { recursive: true, force: true });
});

async function cmsJson<T>(path: string): Promise<T> {
  const response = await fetch(`${cms.url}${path}`, { headers: { Authorization: auth } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

interface StoredMessage {
  id: string;
  label: MessageLabel;
  text: string;
  part: CorpusPart;
}

describe('a fresh start', () => {
  it('shows the rule QA panel’s figures on the imported messages of the train part', async () => {
    const { docs } = await cmsJson<{ docs: StoredMessage[] }>('/api/test-messages?limit=5000&depth=0');
    const train = docs.filter((doc) => doc.part === 'train');
    expect([train.length, docs.length - train.length]).toEqual([727, 311]);
    // The scored rule with the most hits on the train part, as the engine counts them.
    const bundle = RuleBundle.parse(await cmsJson('/api/bundle'));
    const report = runQa(
      createChecker(bundle),
      train.map((doc) => ({ id: doc.id, label: doc.label, text: doc.text })),
    );
    const busiest = report.rules.filter((r) => r.scored).sort((a, b) => b.scamHits + b.harmlessHits - (a.scamHits + a.harmlessHits))[0]!;
    const { docs: rules } = await cmsJson<{ docs: { id: string }[] }>(`/api/rules?where[slug][equals]=${busiest.ruleId}&depth=0`);

    await page.goto(`${cms.url}/admin/collections/rules/${rules[0]!.id}`);
    const panel = page.getByTestId('rule-qa-panel');
    await panel.getByTestId('rule-qa-summary').waitFor({ timeout: 60_000 });
    expect(await panel.getByTestId('rule-qa-summary').textContent()).toMatch(
      new RegExp(
        `^${busiest.scamHits + busiest.harmlessHits} hits on 727 test messages: ${busiest.scamHits} scam, ${busiest.harmlessHits} harmless\\. S/O: `,
      ),
    );
    expect(await panel.getByTestId('rule-qa-test-part').textContent()).toContain('The 311 messages of the test part are left out');
  }, 120_000);

  it('shows the live model on the dashboard and its figures on the learned models page', async () => {
    const model = RuleBundle.parse(await cmsJson('/api/bundle')).model!;
    const test = model.figures.test!;
    await page.goto(`${cms.url}/admin`);
    const notice = page.getByTestId('scoring-model-live');
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.textContent()).toContain(
      `When it was trained, it flagged ${share(test.scams.flagged, test.scams.total)} of the test part’s scams`,
    );

    await page.goto(`${cms.url}/admin/collections/scoring-models`);
    const table = page.getByTestId('model-figures');
    await table.waitFor({ timeout: 60_000 });
    expect(await table.locator('thead th').allTextContents()).toEqual(['Figure', 'Live, cross-validated', 'Live, test']);
    const cv = model.figures.crossValidated;
    expect(await table.locator('tbody tr').first().locator('td').allTextContents()).toEqual([
      `${share(cv.scams.flagged, cv.scams.total)} (${cv.scams.flagged}/${cv.scams.total})`,
      `${share(test.scams.flagged, test.scams.total)} (${test.scams.flagged}/${test.scams.total})`,
    ]);
    expect(await page.getByTestId('model-live').textContent()).toContain('by first start');
  }, 120_000);

  it('lets an editor retrain a candidate, compare it with the live model and publish it', async () => {
    const panel = page.getByTestId('scoring-model-panel');
    await panel.getByTestId('retrain-model').click();
    const message = panel.getByTestId('model-action-message');
    await message.getByText('Trained a candidate in').waitFor({ timeout: 120_000 });
    console.log(`retrain in the admin: ${await message.textContent()}`);
    const table = panel.getByTestId('model-figures');
    await table.getByText('Candidate, test').waitFor({ timeout: 30_000 });
    // Four columns: live and candidate, each cross-validated and on the test part, all on the same messages.
    const cells = await table.locator('tbody tr').first().locator('td').allTextContents();
    const { figures } = RuleBundle.parse(await cmsJson('/api/bundle')).model!;
    const scams = [figures.crossValidated.scams.total, figures.test!.scams.total].map(String);
    expect(cells.map((cell) => /\(\d+\/(\d+)\)$/.exec(cell)?.[1])).toEqual([...scams, ...scams]);
    await panel.getByTestId('publish-model').click();
    await message.getByText('Published: the candidate is now the live model').waitFor({ timeout: 60_000 });
    const models = await cmsJson<{ docs: { status: string; trainedBy: string }[] }>(
      '/api/scoring-models?sort=createdAt&depth=0&select[status]=true&select[trainedBy]=true',
    );
    expect(models.docs.map((d) => [d.status, d.trainedBy])).toEqual([
      ['retired', 'first start'],
      ['live', ADMIN.email],
    ]);
  }, 240_000);
});
