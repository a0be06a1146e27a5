// Browser tests of the admin: an editor logs in to /admin, edits a rule so an example no longer
// behaves, publishes, and sees the engine's refusal on that example's field; the learned models page
// of a CMS without test messages says no model is live and why a retrain cannot run. Runs the built
// Next server (`npm run build -w @redflags/cms`; built here first if missing) on a temporary database.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltCms, type BuiltCms } from '../testing/built-cms.js';
import { launchChromium } from '../testing/chromium.js';
import { giftCardRule } from '../testing/fixtures.js';

const email = 'editor-in-chief@example.org';
const password = 'a long admin password';

let cms: BuiltCms | undefined;
let browser: Browser | undefined;
let baseUrl: string;

beforeAll(async () => {
  cms = await startBuiltCms({ email, password, seed: false, label: 'admin' });
  baseUrl = cms.baseUrl;
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

async function createPublishedRule(): Promise<string> {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { token } = (await login.json()) as { token: string };
  const created = await fetch(`${baseUrl}/api/rules`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ ...giftCardRule(), _status: 'published' }),
  });
  expect(created.status).toBe(201);
  return ((await created.json()) as { doc: { id: string } }).doc.id;
}

describe('the admin', () => {
  it('refuses to publish a rule whose example no longer fires, showing why on the example field', async () => {
    const id = await createPublishedRule();
    const page = await browser!.newPage();
    await page.goto(`${baseUrl}/admin/login`);
    await page.fill('#field-email', email);
    await page.fill('#field-password', password);
    await page.click('button[type=submit]');
    await page.waitForURL(`${baseUrl}/admin`, { timeout: 60_000 });

    await page.goto(`${baseUrl}/admin/collections/rules/${id}`);
    // Array rows render when scrolled into view.
    await page.locator('#examples-mustMatch-row-0').scrollIntoViewIfNeeded({ timeout: 60_000 });
    const example = page.locator('#field-examples__mustMatch__0__message');
    await example.fill('Are we still on for dinner tonight?');
    // Let autosave store the draft first; its reply would otherwise reset the field's error.
    await page.getByText('Last saved').waitFor({ timeout: 30_000 });
    await page.click('#action-save');

    const fieldError = example.locator('xpath=ancestor::div[contains(@class,"field-type__wrap")][1]').locator('.field-error');
    await fieldError.waitFor({ timeout: 30_000 });
    expect(await fieldError.textContent()).toBe(
      'example "Are we still on for dinner tonight?" must make this rule fire but it did not (none of its phrases, patterns or features matched); change the rule or the example',
    );
    await expect(page.locator('.payload-toast-item').first().textContent()).resolves.toContain('examples.mustMatch.0.message');

    const published = (await (await fetch(`${baseUrl}/api/rules/${id}`)).json()) as { examples: { mustMatch: { message: string }[] } };
    expect(published.examples.mustMatch[0]?.message).toBe(giftCardRule().examples.mustMatch[0]!.message);
    await page.close();
  });

  it('shows that no learned model is live yet, and says why a retrain without test messages fails', async () => {
    const page = await browser!.newPage();
    await page.goto(`${baseUrl}/admin/login`);
    await page.fill('#field-email', email);
    await page.fill('#field-password', password);
    await page.click('button[type=submit]');
    await page.waitForURL(`${baseUrl}/admin`, { timeout: 60_000 });
    await page.getByTestId('scoring-model-notice').getByText('No learned model is live').waitFor({ timeout: 30_000 });

    await page.goto(`${baseUrl}/admin/collections/scoring-models`);
    const panel = page.getByTestId('scoring-model-panel');
    await panel.getByTestId('no-live-model').waitFor({ timeout: 60_000 });
    await panel.getByTestId('retrain-model').click();
    const message = panel.getByTestId('model-action-message');
    await message.waitFor({ timeout: 30_000 });
    expect(await message.textContent()).toBe(
      'Retrain failed: the train part of the test messages has 0 scams and 0 harmless messages; a model needs both: add test messages (or import the corpus: npm run import:messages -w @redflags/cms -- --corpus)',
    );
    await page.close();
  });
});
