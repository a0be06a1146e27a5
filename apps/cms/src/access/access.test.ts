// Roles on a temporary database: authors write drafts only, editors publish but cannot manage
// users, admins manage users and settings, anonymous visitors never see a draft.
import { Forbidden } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, giftCardRule, type TestUser } from '../testing/fixtures.js';
import { startTestPayload, type TestPayload } from '../testing/start-test-payload.js';

let t: TestPayload;
let author: TestUser;
let editor: TestUser;
let admin: TestUser;

beforeAll(async () => {
  t = await startTestPayload();
  admin = await createUser(t.payload, 'admin');
  editor = await createUser(t.payload, 'editor');
  author = await createUser(t.payload, 'author');
});
afterAll(() => t.stop());

describe('authors', () => {
  it('save a new rule as a draft', async () => {
    const doc = await t.payload.create({
      collection: 'rules',
      data: { ...giftCardRule('author-draft'), _status: 'draft' },
      draft: true,
      user: author,
      overrideAccess: false,
    });
    expect(doc._status).toBe('draft');
  });

  it('cannot publish a rule', async () => {
    const draft = await t.payload.create({
      collection: 'rules',
      data: { ...giftCardRule('author-publish'), _status: 'draft' },
      draft: true,
      user: author,
      overrideAccess: false,
    });
    await expect(
      t.payload.update({ collection: 'rules', id: draft.id, data: { _status: 'published' }, user: author, overrideAccess: false }),
    ).rejects.toBeInstanceOf(Forbidden);
    const stored = await t.payload.findByID({ collection: 'rules', id: draft.id, overrideAccess: true });
    expect(stored._status).toBe('draft');
  });

  it('cannot unpublish a rule: their save becomes a draft and the published version stays', async () => {
    const published = await t.payload.create({
      collection: 'rules',
      data: { ...giftCardRule('author-unpublish'), _status: 'published' },
      overrideAccess: true,
    });
    await t.payload.update({
      collection: 'rules',
      id: published.id,
      data: { _status: 'draft', title: 'Author edit' },
      user: author,
      overrideAccess: false,
    });
    const main = await t.payload.findByID({ collection: 'rules', id: published.id, draft: false, overrideAccess: true });
    expect(main._status).toBe('published');
    expect(main.title).toBe('Asks for payment in gift cards');
    const latest = await t.payload.findByID({ collection: 'rules', id: published.id, draft: true, overrideAccess: true });
    expect(latest.title).toBe('Author edit');
  });

  it('cannot create a rule already published: it is saved as a draft', async () => {
    const doc = await t.payload.create({
      collection: 'rules',
      data: { ...giftCardRule('author-direct'), _status: 'published' },
      user: author,
      overrideAccess: false,
    });
    expect(doc._status).toBe('draft');
    const anonymous = await t.payload.find({ collection: 'rules', where: { slug: { equals: 'author-direct' } }, overrideAccess: false });
    expect(anonymous.docs).toEqual([]);
  });

  it('cannot edit brands or checker settings', async () => {
    await expect(
      t.payload.create({ collection: 'brands', data: { slug: 'acme', name: 'Acme' }, user: author, overrideAccess: false }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(
      t.payload.updateGlobal({ slug: 'checker-settings', data: { inputLimit: 500 }, user: author, overrideAccess: false }),
    ).rejects.toBeInstanceOf(Forbidden);
  });
});

describe('editors', () => {
  it('publish a rule an author drafted', async () => {
    const draft = await t.payload.create({
      collection: 'rules',
      data: { ...giftCardRule('editor-publish'), _status: 'draft' },
      draft: true,
      user: author,
      overrideAccess: false,
    });
    const published = await t.payload.update({
      collection: 'rules',
      id: draft.id,
      data: { _status: 'published' },
      user: editor,
      overrideAccess: false,
    });
    expect(published._status).toBe('published');
  });

  it('cannot create users or change anyone else’s role', async () => {
    await expect(
      t.payload.create({
        collection: 'users',
        data: { email: 'new@example.org', password: 'a long password', role: 'author' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toBeInstanceOf(Forbidden);
    const others = await t.payload.find({ collection: 'users', user: editor, overrideAccess: false });
    expect(others.docs.map((doc) => doc.id)).toEqual([editor.id]);
    await expect(
      t.payload.update({ collection: 'users', id: author.id, data: { role: 'admin' }, user: editor, overrideAccess: false }),
    ).rejects.toThrow();
    const unchanged = await t.payload.findByID({ collection: 'users', id: author.id, overrideAccess: true });
    expect(unchanged.role).toBe('author');
  });

  it('cannot promote themselves', async () => {
    const updated = await t.payload.update({
      collection: 'users',
      id: editor.id,
      data: { role: 'admin' },
      user: editor,
      overrideAccess: false,
    });
    expect(updated.role).toBe('editor');
  });

  it('cannot change checker settings', async () => {
    await expect(
      t.payload.updateGlobal({ slug: 'checker-settings', data: { inputLimit: 500 }, user: editor, overrideAccess: false }),
    ).rejects.toBeInstanceOf(Forbidden);
  });
});

describe('admins', () => {
  it('create users with a role', async () => {
    const created = await t.payload.create({
      collection: 'users',
      data: { email: 'made@example.org', password: 'a long password', role: 'editor' },
      user: admin,
      overrideAccess: false,
    });
    expect(created.role).toBe('editor');
  });
});

describe('anonymous visitors', () => {
  it('see published rules and never a draft, through the Local API and REST', async () => {
    await t.payload.create({ collection: 'rules', data: { ...giftCardRule('public-rule'), _status: 'published' }, overrideAccess: true });
    await t.payload.create({
      collection: 'rules',
      data: { ...giftCardRule('secret-draft'), _status: 'draft' },
      draft: true,
      overrideAccess: true,
    });

    const local = await t.payload.find({ collection: 'rules', overrideAccess: false, pagination: false });
    const localSlugs = local.docs.map((doc) => doc.slug);
    expect(localSlugs).toContain('public-rule');
    expect(localSlugs).not.toContain('secret-draft');
    expect(local.docs.every((doc) => doc._status === 'published')).toBe(true);

    const rest = await t.fetchApi('/api/rules?limit=100&draft=true');
    expect(rest.status).toBe(200);
    const body = (await rest.json()) as { docs: { slug: string; _status: string }[] };
    expect(body.docs.map((doc) => doc.slug)).not.toContain('secret-draft');
    expect(body.docs.every((doc) => doc._status === 'published')).toBe(true);
  });

  it('read the published version, not a newer draft, of a published rule', async () => {
    const doc = await t.payload.create({
      collection: 'rules',
      data: { ...giftCardRule('draft-on-top'), _status: 'published' },
      overrideAccess: true,
    });
    await t.payload.update({
      collection: 'rules',
      id: doc.id,
      data: { title: 'Unpublished new title' },
      draft: true,
      overrideAccess: true,
    });
    const rest = await t.fetchApi(`/api/rules/${doc.id}?draft=true`);
    const body = (await rest.json()) as { title?: string };
    expect(body.title).toBe('Asks for payment in gift cards');
    const versions = await t.fetchApi(`/api/rules/versions?where[parent][equals]=${doc.id}`);
    expect(versions.status).toBe(403);
  });

  it('cannot read test messages or users', async () => {
    expect((await t.fetchApi('/api/test-messages')).status).toBe(403);
    expect((await t.fetchApi('/api/users')).status).toBe(403);
  });
});
