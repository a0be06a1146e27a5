// The site's draft preview routes (/preview/guides/:id/, /preview/rules/:id/) on the built site's
// node server, with a stand-in CMS that answers GET /api/preview/… as the real one does: the
// draft renders with the public page's own components, only with a valid signed key (401 without),
// 404 for a document the CMS does not have, framed by the key's admin only, never indexed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { signPreviewToken, type GuidePreview, type PreviewCollection, type RulePreview } from '@redflags/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteForTests, readContent, startSite, type RunningSite } from './site-server.js';

const SECRET = 'preview-secret-for-site-tests';
const ADMIN = 'http://cms.localhost:3000';
const content = readContent();
const published = content.guides.find((g) => g.relatedGuides.length > 0) ?? content.guides[0]!;
const rule = content.bundle.rules.find((r) => r.scored && r.examples.mustMatch.length > 0 && (r.guides ?? []).length > 0)!;

const draftGuide: GuidePreview = {
  collection: 'guides',
  id: '7',
  status: 'draft',
  updatedAt: '2026-12-02T10:00:00.000Z',
  problems: [{ field: 'faq.0.answer', message: 'must not be empty' }],
  guide: {
    ...published,
    title: 'Is that draft-only zqpreview call a scam?',
    steps: [...published.steps, { step: 'A draft-only zqstep.' }],
    relatedRules: [rule.id],
    publishedAt: '',
  },
};
const samePublished: GuidePreview = { collection: 'guides', id: '8', status: 'published', problems: [], guide: published };
const draftRule: RulePreview = {
  collection: 'rules',
  id: '5',
  status: 'draft',
  problems: [],
  rule: {
    slug: rule.id,
    title: 'Draft-only zqrule title',
    explanation: rule.explanation,
    severity: rule.severity,
    scored: true,
    mustMatch: rule.examples.mustMatch,
  },
  bundle: {
    ...content.bundle,
    rules: content.bundle.rules.map((r) => (r.id === rule.id ? { ...r, title: 'Draft-only zqrule title' } : r)),
  },
};
const documents: Record<string, unknown> = { 'guides/7': draftGuide, 'guides/8': samePublished, 'rules/5': draftRule };

let cms: Server;
let site: RunningSite;
const cmsRequests: string[] = [];

beforeAll(async () => {
  cms = createServer((request, response) => {
    cmsRequests.push(request.url ?? '');
    const found = /^\/api\/preview\/(\w+\/\w+)$/.exec(request.url ?? '')?.[1];
    if (request.headers.authorization !== `Bearer ${SECRET}`) return void response.writeHead(401).end('{"error":"secret"}');
    if (!found || !documents[found]) return void response.writeHead(404).end('{"error":"none"}');
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(documents[found]));
  });
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve));
  site = await startSite({ REDFLAGS_PREVIEW_SECRET: SECRET, REDFLAGS_CONTENT: `http://127.0.0.1:${(cms.address() as AddressInfo).port}` });
});
afterAll(async () => {
  await site?.stop();
  cms?.close();
});

const keyFor = (collection: PreviewCollection, id: string, expiresAt = Date.now() + 60_000) =>
  signPreviewToken({ collection, id, adminOrigin: ADMIN, expiresAt }, SECRET);
const previewUrl = async (collection: PreviewCollection, id: string) =>
  `${site.url}/preview/${collection}/${id}/?key=${await keyFor(collection, id)}`;
const articleOf = (html: string) => /<article[\s\S]*<\/article>/.exec(html)?.[0];
const escaped = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('a guide preview', () => {
  it('shows the draft with the public page’s sections, reporting block, checker signs and related guides', async () => {
    const response = await fetch(await previewUrl('guides', '7'));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1 id="guide-title">Is that draft-only zqpreview call a scam?</h1>');
    expect(html).toContain('<strong>A draft-only zqstep.</strong>');
    expect(html).toContain('id="what-happened"');
    expect(html).toMatch(/data-country="uk"/);
    expect(html).toContain(`<li>${escaped(rule.title)}</li>`);
    const relatedTitle = content.guides.find((g) => g.slug === published.relatedGuides[0])!.title;
    expect(html).toContain(escaped(relatedTitle));
    expect(html).toContain('Preview: not public.');
    expect(html).toMatch(/<code[^>]*>faq\.0\.answer<\/code>: must not be empty/);
    expect(html).toMatch(/<p class="meta">Not published yet(, updated \d{4}-\d{2}-\d{2})?\.<\/p>/);
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('renders a published guide exactly as its public page does: the same components', async () => {
    const publicPage = articleOf(await (await fetch(`${site.url}/guides/${published.slug}/`)).text());
    const preview = articleOf(await (await fetch(await previewUrl('guides', '8'))).text());
    expect(publicPage).toBeDefined();
    expect(preview).toBe(publicPage);
  });

  it('may be framed by the admin its key names, and by nobody else; is never indexed or cached', async () => {
    const response = await fetch(await previewUrl('guides', '7'));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`frame-ancestors ${ADMIN}`);
    expect(csp).not.toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('a preview link that cannot be used', () => {
  it('answers 401, unframeable, without asking the CMS, when the key is missing, forged or expired', async () => {
    cmsRequests.length = 0;
    const forged = await signPreviewToken(
      { collection: 'guides', id: '7', adminOrigin: ADMIN, expiresAt: Date.now() + 60_000 },
      'not-the-shared-secret-at-all',
    );
    for (const query of [
      '',
      '?key=',
      `?key=${forged}`,
      `?key=${await keyFor('guides', '7', Date.now() - 1000)}`,
      `?key=${await keyFor('guides', '8')}`,
    ]) {
      const response = await fetch(`${site.url}/preview/guides/7/${query}`);
      expect(response.status, query).toBe(401);
      expect(await response.text()).toContain('Preview unavailable');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    }
    expect(cmsRequests).toEqual([]);
  });

  it('answers 404 for a document the CMS does not have', async () => {
    const response = await fetch(await previewUrl('guides', '404'));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('There is no guide 404 in the CMS');
  });
});

describe('a rule preview', () => {
  it('shows, for each must-match example, the checker’s result with the draft’s finding, marked words and linked guides', async () => {
    const response = await fetch(await previewUrl('rules', '5'));
    expect(response.status).toBe(200);
    const html = await response.text();
    const sections = html.split('<section class="rule-example"').slice(1);
    expect(sections).toHaveLength(rule.examples.mustMatch.length);
    for (const section of sections) {
      expect(section).toContain('data-fired="true"');
      // The draft's finding, under its sign (shown even where it is folded under "Also found").
      expect(section).toMatch(new RegExp(`data-finding="${rule.id}"><strong>Draft-only zqrule title\\.</strong>`));
      expect(section).toMatch(/<mark id="example-\d+-mark-1"[^>]*>[^<]+/);
      for (const guide of rule.guides ?? []) {
        if (content.bundle.guides.some((g) => g.slug === guide)) expect(section).toContain(`href="/guides/${guide}/"`);
      }
    }
    expect(html).toContain(escaped(rule.explanation));
  });
});

describe('the static site', () => {
  it('holds no preview page and lists none in the sitemap', async () => {
    const client = join(buildSiteForTests(), 'client');
    expect(existsSync(join(client, 'preview'))).toBe(false);
    const sitemap = await (await fetch(`${site.url}/sitemap-0.xml`)).text();
    expect(sitemap).toContain('/guides/');
    expect(sitemap).not.toContain('/preview/');
  });
});
