// Browser test for rule QA: an editor opens a rule in the admin, sees its hits on the
// test messages of the train part with the triggering words marked, edits the rule and sees the figures follow the
// unsaved form, then types a message in the "try a message" box and sees it highlighted. Also checks
// the dashboard's live-site panel. Runs the built Next server (built first when .next/BUILD_ID is missing).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltCms, type BuiltCms } from '../testing/built-cms.js';
import { launchChromium } from '../testing/chromium.js';
import { giftCardRule } from '../testing/fixtures.js';

const email = 'rule-qa-editor@example.org';
const password = 'a long admin password';

let cms: BuiltCms | undefined;
let browser: Browser | undefined;
let baseUrl: string;
let token: string;

async function post(collection: string, body: unknown): Promise<{ id: string }> {
  const response = await fetch(`${baseUrl}/api/${collection}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { doc: { id: string } }).doc;
}

beforeAll(async () => {
  cms = await startBuiltCms({ email, password, seed: false, label: 'rule-qa', env: { SITE_REBUILD_URL: undefined } });
  baseUrl = cms.baseUrl;
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  token = ((await login.json()) as { token: string }).token;
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe('rule QA in the admin', () => {
  it('shows a rule’s hits on the test messages, follows unsaved edits, and highlights a tried message', async () => {
    const rule = await post('rules', { ...giftCardRule(), _status: 'published' });
    await post('test-messages', { text: 'Buy a gift card and send me the code on the back', label: 'scam', source: 'q001 · invented' });
    await post('test-messages', { text: 'Thanks for the gift card, see you Sunday', label: 'legit', source: 'q002 · invented' });
    await post('test-messages', { text: 'Dinner at eight?', label: 'legit', source: 'q003 · invented' });
    // The test part measures the learned model: the panel leaves it out.
    await post('test-messages', {
      text: 'Your gift card voucher from the office, enjoy',
      label: 'legit',
      part: 'test',
      source: 'q004 · invented',
    });

    const page = await browser!.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
    await page.goto(`${baseUrl}/admin/login`);
    await page.fill('#field-email', email);
    await page.fill('#field-password', password);
    await page.click('button[type=submit]');
    await page.waitForURL(`${baseUrl}/admin`, { timeout: 60_000 });
    await page.getByTestId('site-status').getByText('No live site is connected').waitFor({ timeout: 30_000 });

    await page.goto(`${baseUrl}/admin/collections/rules/${rule.id}`);
    const panel = page.getByTestId('rule-qa-panel');
    await panel.waitFor({ timeout: 60_000 });
    await panel
      .getByTestId('rule-qa-hits')
      .waitFor({ timeout: 30_000 })
      .catch(async (error: Error) => {
        const shown = await panel.textContent({ timeout: 1000 }).catch(() => '(no panel)');
        throw new Error(`${error.message}\nthe panel shows: ${shown}\npage errors: ${pageErrors.join('\n')}`);
      });
    expect(await panel.getByTestId('rule-qa-summary').textContent()).toBe(
      '2 hits on 3 test messages: 1 scam, 1 harmless. S/O: 0.50 — below 0.8: publishing will ask you to confirm.',
    );
    expect(await panel.getByTestId('rule-qa-hits').locator('mark').allTextContents()).toEqual(['gift card', 'gift card']);
    expect((await panel.getByTestId('rule-qa-hits').locator('li code').allTextContents()).sort()).toEqual(['q001', 'q002']);
    expect(await panel.getByTestId('rule-qa-test-part').textContent()).toBe(
      'Counted on the train part of the test messages. The 1 message of the test part is left out: the test part measures the learned model, so no rule is tuned on it.',
    );

    // Narrow the rule in the form, unsaved: the panel follows the form state.
    await page.locator('#field-match__phrases__0__phrase').fill('send me the code');
    await panel.getByTestId('rule-qa-share').getByText('1.00').waitFor({ timeout: 15_000 });
    expect(await panel.getByTestId('rule-qa-hits').locator('mark').allTextContents()).toEqual(['send me the code']);

    await panel.getByTestId('rule-qa-try').fill('Hi, please SEND me the code you just got');
    const tried = panel.getByTestId('rule-qa-try-result');
    await tried.waitFor({ timeout: 15_000 });
    expect(await tried.locator('mark').allTextContents()).toEqual(['SEND me the code']);
    expect(await tried.textContent()).toContain('This rule fires');
    await page.close();
  }, 240_000);
});
