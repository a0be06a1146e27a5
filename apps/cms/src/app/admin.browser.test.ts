// The one browser test: an editor logs in to /admin, edits a rule so an example no longer
// behaves, publishes, and sees the engine's refusal on that example's field. Runs the built
// Next server (`npm run build -w @redflags/cms`; built here first if missing) on a temporary database.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cmsRoot = path.resolve(import.meta.dirname, '../..');
const bin = (name: string) => path.resolve(cmsRoot, '../../node_modules/.bin', name);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const email = 'editor-in-chief@example.org';
const password = 'a long admin password';

let directory: string;
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let baseUrl: string;
let env: NodeJS.ProcessEnv;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: cmsRoot, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the CMS did not answer at ${url} within ${timeoutMs} ms`);
}

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'redflags-admin-'));
  env = {
    ...process.env,
    DATABASE_URI: `file:${path.join(directory, 'cms.db')}`,
    PAYLOAD_SECRET: 'browser-test-secret',
    ADMIN_EMAIL: email,
    ADMIN_PASSWORD: password,
    REDFLAGS_SEED: 'false',
    REDFLAGS_MEDIA_DIR: path.join(directory, 'media'),
    NEXT_TELEMETRY_DISABLED: '1',
  };
  if (!existsSync(path.join(cmsRoot, '.next', 'BUILD_ID'))) run('npm', ['run', 'build']);
  run('npm', ['run', '--silent', 'prepare:db']);
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(bin('next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], { cwd: cmsRoot, env, stdio: 'ignore' });
  await waitForServer(`${baseUrl}/api/bundle`, 60_000);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  if (directory) rmSync(directory, { recursive: true, force: true });
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
    body: JSON.stringify({
      slug: 'gift-card-payment',
      title: 'Asks for payment in gift cards',
      explanation: 'Real companies and officials never ask to be paid in gift cards.',
      severity: 'strong',
      match: { phrases: [{ phrase: 'gift card' }] },
      examples: { mustMatch: [{ message: 'Buy a gift card and read me the numbers.' }], mustNotMatch: [{ message: 'Lunch at noon.' }] },
      _status: 'published',
    }),
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
    expect(published.examples.mustMatch[0]?.message).toBe('Buy a gift card and read me the numbers.');
    await page.close();
  });
});
