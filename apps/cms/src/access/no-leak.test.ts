// Drafts, versions, test messages and users never reach an anonymous visitor: not through REST, not
// through GraphQL (Payload's own route handler, the one app/(payload)/api/graphql/route.ts serves),
// not through /api/bundle or /api/export. Every secret is a unique marker searched for in the raw
// response body, so a leak under any field name is caught.
import { GRAPHQL_POST } from '@payloadcms/next/routes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, giftCardRule, guideData } from '../testing/fixtures.js';
import { startTestPayload, type TestPayload } from '../testing/start-test-payload.js';

const SECRETS = {
  draftGuide: 'Zqxdraftguidemarker',
  newerGuideDraft: 'Zqxnewerguidedraftmarker',
  draftRule: 'Zqxdraftrulemarker',
  newerRuleDraft: 'Zqxnewerruledraftmarker',
  testMessage: 'Zqxtestmessagemarker',
  userEmail: 'zqxusermarker',
};
const ALL_SECRETS = Object.values(SECRETS).map((s) => s.toLowerCase());

let t: TestPayload;
let guideId: number | string;
let ruleId: number | string;

function leaked(body: string): string[] {
  const lower = body.toLowerCase();
  return ALL_SECRETS.filter((secret) => lower.includes(secret));
}

async function graphql(query: string): Promise<{ status: number; body: string }> {
  const handler = GRAPHQL_POST(Promise.resolve(t.config));
  const response = await handler(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  );
  return { status: response.status, body: await response.text() };
}

beforeAll(async () => {
  // The preview endpoint is live (it answers the site, which holds this secret) but not for visitors.
  process.env.REDFLAGS_PREVIEW_SECRET = 'a-secret-the-visitor-does-not-have';
  t = await startTestPayload();
  await createUser(t.payload, 'admin');
  await t.payload.create({
    collection: 'users',
    data: { email: `${SECRETS.userEmail}@example.org`, password: 'correct horse battery', role: 'editor' },
    overrideAccess: true,
  });
  const guide = await t.payload.create({
    collection: 'guides',
    data: { ...guideData('public-guide'), _status: 'published' },
    overrideAccess: true,
  });
  guideId = guide.id;
  await t.payload.update({
    collection: 'guides',
    id: guide.id,
    data: { title: SECRETS.newerGuideDraft },
    draft: true,
    overrideAccess: true,
  });
  await t.payload.create({
    collection: 'guides',
    data: { ...guideData('draft-guide'), title: SECRETS.draftGuide, _status: 'draft' },
    draft: true,
    overrideAccess: true,
  });
  const rule = await t.payload.create({
    collection: 'rules',
    data: { ...giftCardRule('public-rule'), _status: 'published' },
    overrideAccess: true,
  });
  ruleId = rule.id;
  await t.payload.update({ collection: 'rules', id: rule.id, data: { title: SECRETS.newerRuleDraft }, draft: true, overrideAccess: true });
  await t.payload.create({
    collection: 'rules',
    data: { ...giftCardRule('draft-rule'), title: SECRETS.draftRule, _status: 'draft' },
    draft: true,
    overrideAccess: true,
  });
  await t.payload.create({
    collection: 'test-messages',
    data: { text: `Invented ${SECRETS.testMessage}`, label: 'scam' },
    overrideAccess: true,
  });
});
afterAll(async () => {
  delete process.env.REDFLAGS_PREVIEW_SECRET;
  await t?.stop();
});

describe('the secrets are really stored (so the checks below can fail)', () => {
  it('an admin reading drafts, versions, test messages and users sees every marker', async () => {
    const found = [
      ...(await t.payload.find({ collection: 'guides', draft: true, overrideAccess: true })).docs,
      ...(await t.payload.find({ collection: 'rules', draft: true, overrideAccess: true })).docs,
      ...(await t.payload.find({ collection: 'test-messages', overrideAccess: true })).docs,
      ...(await t.payload.find({ collection: 'users', overrideAccess: true })).docs,
    ];
    expect(leaked(JSON.stringify(found)).sort()).toEqual([...ALL_SECRETS].sort());
  });
});

describe('anonymous REST', () => {
  it.each([
    '/api/guides?draft=true&limit=100',
    '/api/rules?draft=true&limit=100',
    '/api/guides?draft=true&where[_status][equals]=draft',
    '/api/guides/versions',
    '/api/rules/versions',
    '/api/guides/versions?draft=true&where[version.title][like]=zqx',
    '/api/test-messages',
    '/api/users',
    '/api/users/me',
    '/api/bundle',
    '/api/export',
    '/api/globals/checker-settings',
    '/api/preview/guides/1',
    '/api/preview/guides/2',
    '/api/preview/rules/1',
    '/api/preview/rules/2',
    '/api/scheduled-publishes',
  ])('%s shows no draft, version, test message or user', async (route) => {
    const response = await t.fetchApi(route);
    expect(response.status).toBeLessThan(500);
    expect(leaked(await response.text())).toEqual([]);
  });

  it('a published guide and rule read with ?draft=true give the published version', async () => {
    for (const route of [`/api/guides/${guideId}?draft=true`, `/api/rules/${ruleId}?draft=true`]) {
      const response = await t.fetchApi(route);
      expect(response.status).toBe(200);
      expect(leaked(await response.text())).toEqual([]);
    }
  });

  it('the versions lists are refused outright', async () => {
    expect((await t.fetchApi('/api/guides/versions')).status).toBe(403);
    expect((await t.fetchApi('/api/rules/versions')).status).toBe(403);
  });

  it('the bundle and export still carry the published rule and guide', async () => {
    const exported = (await (await t.fetchApi('/api/export')).json()) as {
      guides: Array<{ slug: string }>;
      bundle: { rules: Array<{ id: string }> };
    };
    expect(exported.guides.map((g) => g.slug)).toEqual(['public-guide']);
    expect(exported.bundle.rules.map((r) => r.id)).toEqual(['public-rule']);
  });
});

describe('anonymous GraphQL', () => {
  it('answers a query for published guides (the handler really runs)', async () => {
    const { status, body } = await graphql('{ Guides { docs { slug title } } }');
    expect(status).toBe(200);
    expect(JSON.parse(body)).toEqual({ data: { Guides: { docs: [{ slug: 'public-guide', title: 'Is that test call a scam?' }] } } });
  });

  it.each([
    '{ Guides(draft: true) { docs { slug title _status } } }',
    '{ Rules(draft: true) { docs { slug title _status } } }',
    '{ Guides(draft: true, where: { _status: { equals: draft } }) { docs { title } } }',
    '{ versionsGuides { docs { id version { title } } } }',
    '{ versionsRules { docs { id version { title } } } }',
    '{ TestMessages { docs { text } } }',
    '{ Users { docs { email } } }',
  ])('%s shows no draft, version, test message or user', async (query) => {
    const { status, body } = await graphql(query);
    expect(status).toBeLessThan(500);
    expect(leaked(body)).toEqual([]);
  });

  it('reading a published guide and rule by id with draft: true gives the published version', async () => {
    const { body } = await graphql(
      `{ Guide(id: ${JSON.stringify(guideId)}, draft: true) { title } Rule(id: ${JSON.stringify(ruleId)}, draft: true) { title } }`,
    );
    expect(leaked(body)).toEqual([]);
    expect(JSON.parse(body).data).toEqual({
      Guide: { title: 'Is that test call a scam?' },
      Rule: { title: 'Asks for payment in gift cards' },
    });
  });
});
