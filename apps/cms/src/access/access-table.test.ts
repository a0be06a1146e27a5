// The access policy as one table: every role × every collection and global × every action, run
// through the Local API with `overrideAccess: false`. Each cell asserts exactly "allowed" or
// "refused", judged by what is stored afterwards, not only by the error thrown.
// Anonymous reads published content only (never test messages or users); authors write drafts but
// cannot publish; editors publish but cannot manage users; only admins manage users and settings.
import { Forbidden, NotFound, type Payload } from 'payload';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUser, giftCardRule, guideData, type TestUser } from '../testing/fixtures.js';
import { startTestPayload, type TestPayload } from '../testing/start-test-payload.js';

// Uploads go to a temporary folder, not apps/cms/.data/media (read when Media.ts is imported).
const mediaDir = vi.hoisted(async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const mediaDir = mkdtempSync(`${tmpdir()}/redflags-media-`);
  process.env.REDFLAGS_MEDIA_DIR = mediaDir;
  return mediaDir;
});

type Who = 'anonymous' | 'author' | 'editor' | 'admin';
type Outcome = 'allowed' | 'refused';
type Action = 'read published' | 'read draft' | 'create' | 'update' | 'publish' | 'delete' | 'manage users';
type Target =
  | 'guides'
  | 'rules'
  | 'brands'
  | 'signs'
  | 'reporting-bodies'
  | 'next-steps'
  | 'media'
  | 'users'
  | 'test-messages'
  | 'checker-settings';
type Attempt = (payload: Payload, user: TestUser | undefined, tag: string) => Promise<Outcome>;

const WHO: Who[] = ['anonymous', 'author', 'editor', 'admin'];
const A: Outcome = 'allowed';
const R: Outcome = 'refused';

/** The policy: outcome for [anonymous, author, editor, admin]. Actions a target does not have are absent. */
const POLICY: Record<Target, Partial<Record<Action, [Outcome, Outcome, Outcome, Outcome]>>> = {
  guides: {
    'read published': [A, A, A, A],
    'read draft': [R, A, A, A],
    create: [R, A, A, A],
    update: [R, A, A, A],
    publish: [R, R, A, A],
    delete: [R, R, A, A],
  },
  rules: {
    'read published': [A, A, A, A],
    'read draft': [R, A, A, A],
    create: [R, A, A, A],
    update: [R, A, A, A],
    publish: [R, R, A, A],
    delete: [R, R, A, A],
  },
  brands: { 'read published': [A, A, A, A], create: [R, R, A, A], update: [R, R, A, A], delete: [R, R, A, A] },
  signs: { 'read published': [A, A, A, A], create: [R, R, A, A], update: [R, R, A, A], delete: [R, R, A, A] },
  'reporting-bodies': { 'read published': [A, A, A, A], create: [R, R, A, A], update: [R, R, A, A], delete: [R, R, A, A] },
  'next-steps': { 'read published': [A, A, A, A], create: [R, R, A, A], update: [R, R, A, A], delete: [R, R, A, A] },
  media: { 'read published': [A, A, A, A], create: [R, A, A, A], update: [R, A, A, A], delete: [R, R, A, A] },
  users: { 'read published': [R, R, R, A], create: [R, R, R, A], update: [R, R, R, A], delete: [R, R, R, A], 'manage users': [R, R, R, A] },
  'test-messages': { 'read published': [R, R, A, A], create: [R, R, A, A], update: [R, R, A, A], delete: [R, R, A, A] },
  'checker-settings': { 'read published': [A, A, A, A], update: [R, R, R, A] },
};

/** Runs `write`; a Forbidden error is a refusal, any other error fails the test. */
async function refusedIfForbidden(write: () => Promise<unknown>): Promise<Outcome> {
  try {
    await write();
    return A;
  } catch (error) {
    if (error instanceof Forbidden) return R;
    throw error;
  }
}

const hidden = (error: unknown) => error instanceof Forbidden || error instanceof NotFound;

/** Reads `id` as `user`; refused when it is not returned (filtered, not found or forbidden). */
async function canRead(
  payload: Payload,
  collection: 'guides' | 'rules' | 'brands' | 'signs' | 'reporting-bodies' | 'next-steps' | 'media' | 'users' | 'test-messages',
  id: number | string,
  user: TestUser | undefined,
  draft = false,
): Promise<boolean> {
  try {
    const found = await payload.find({ collection, where: { id: { equals: id } }, draft, user, overrideAccess: false });
    return found.docs.length === 1;
  } catch (error) {
    if (hidden(error)) return false;
    throw error;
  }
}

let pngBuffer: Buffer;
const image = (tag: string) => ({ data: pngBuffer, mimetype: 'image/png', name: `${tag}.png`, size: pngBuffer.length });
const stored = (
  payload: Payload,
  collection: 'guides' | 'rules' | 'brands' | 'signs' | 'reporting-bodies' | 'next-steps' | 'media' | 'users' | 'test-messages',
  id: number | string,
) =>
  payload
    .find({ collection, where: { id: { equals: id } }, draft: false, overrideAccess: true, depth: 0 })
    .then((r) => r.docs[0] as Record<string, unknown> | undefined);

function draftsCollection(collection: 'guides' | 'rules'): Partial<Record<Action, Attempt>> {
  const data = (tag: string) => (collection === 'rules' ? giftCardRule(`r-${tag}`) : guideData(`g-${tag}`));
  const makeDraft = (p: Payload, tag: string) =>
    p.create({ collection, data: { ...data(tag), _status: 'draft' }, draft: true, overrideAccess: true });
  return {
    'read published': async (p, user, tag) => {
      const doc = await p.create({ collection, data: { ...data(tag), _status: 'published' }, overrideAccess: true });
      return (await canRead(p, collection, doc.id, user)) ? A : R;
    },
    'read draft': async (p, user, tag) => {
      const onlyDraft = await makeDraft(p, tag);
      const published = await p.create({ collection, data: { ...data(`${tag}-p`), _status: 'published' }, overrideAccess: true });
      await p.update({ collection, id: published.id, data: { title: 'Secret newer draft' }, draft: true, overrideAccess: true });
      const seesDraftDoc = await canRead(p, collection, onlyDraft.id, user, true);
      const latest = await p.find({ collection, where: { id: { equals: published.id } }, draft: true, user, overrideAccess: false });
      const seesNewerDraft = latest.docs[0]?.title === 'Secret newer draft';
      expect(seesDraftDoc).toBe(seesNewerDraft);
      return seesDraftDoc ? A : R;
    },
    create: (p, user, tag) =>
      refusedIfForbidden(() =>
        p.create({ collection, data: { ...data(tag), _status: 'draft' }, draft: true, user, overrideAccess: false }),
      ),
    update: async (p, user, tag) => {
      const doc = await makeDraft(p, tag);
      const outcome = await refusedIfForbidden(() =>
        p.update({ collection, id: doc.id, data: { title: 'Changed title' }, draft: true, user, overrideAccess: false }),
      );
      const latest = await p.findByID({ collection, id: doc.id, draft: true, overrideAccess: true });
      expect(latest.title === 'Changed title').toBe(outcome === A);
      return outcome;
    },
    publish: async (p, user, tag) => {
      const doc = await makeDraft(p, tag);
      try {
        await p.update({ collection, id: doc.id, data: { _status: 'published' }, user, overrideAccess: false });
      } catch (error) {
        if (!(error instanceof Forbidden)) throw error;
      }
      // Also a create straight to published: authors' saves become drafts.
      await refusedIfForbidden(() =>
        p.create({ collection, data: { ...data(`${tag}-direct`), _status: 'published' }, user, overrideAccess: false }),
      );
      const direct = await p.find({
        collection,
        where: { slug: { equals: `${collection === 'rules' ? 'r-' : 'g-'}${tag}-direct` } },
        draft: false,
        overrideAccess: true,
      });
      const main = await stored(p, collection, doc.id);
      const published = main?._status === 'published';
      const directPublished = direct.docs[0]?._status === 'published';
      expect(directPublished).toBe(published);
      return published ? A : R;
    },
    delete: async (p, user, tag) => {
      const doc = await makeDraft(p, tag);
      const outcome = await refusedIfForbidden(() => p.delete({ collection, id: doc.id, user, overrideAccess: false }));
      expect((await stored(p, collection, doc.id)) === undefined).toBe(outcome === A);
      return outcome;
    },
  };
}

type Plain = 'brands' | 'signs' | 'reporting-bodies' | 'next-steps' | 'media' | 'test-messages';
function plainCollection(
  collection: Plain,
  data: (tag: string) => Record<string, unknown>,
  change: Record<string, unknown> | ((tag: string) => Record<string, unknown>),
  withFile = false,
): Partial<Record<Action, Attempt>> {
  // Typed loosely: `data` is built per collection above and checked by Payload at run time.
  const createOptions = (tag: string, extra: Record<string, unknown>) =>
    ({ collection, data: data(tag), ...extra, ...(withFile ? { file: image(tag) } : {}) }) as unknown as Parameters<Payload['create']>[0];
  const make = (p: Payload, tag: string) => p.create(createOptions(tag, { overrideAccess: true }));
  return {
    'read published': async (p, user, tag) => ((await canRead(p, collection, (await make(p, tag)).id, user)) ? A : R),
    create: async (p, user, tag) => {
      return refusedIfForbidden(() => p.create(createOptions(tag, { user, overrideAccess: false })));
    },
    update: async (p, user, tag) => {
      const doc = await make(p, tag);
      const changed = typeof change === 'function' ? change(tag) : change;
      const [field, value] = Object.entries(changed)[0]!;
      const outcome = await refusedIfForbidden(() => p.update({ collection, id: doc.id, data: changed, user, overrideAccess: false }));
      expect((await stored(p, collection, doc.id))?.[field] === value).toBe(outcome === A);
      return outcome;
    },
    delete: async (p, user, tag) => {
      const doc = await make(p, tag);
      const outcome = await refusedIfForbidden(() => p.delete({ collection, id: doc.id, user, overrideAccess: false }));
      expect((await stored(p, collection, doc.id)) === undefined).toBe(outcome === A);
      return outcome;
    },
  };
}

/** A country and answer no other next-steps record in this test uses (there are 25 pairs, one per tag). */
const pairs = new Map<string, { country: string; happened: string }>();
function pairFor(tag: string): { country: string; happened: string } {
  const known = pairs.get(tag);
  if (known) return known;
  const countries = ['us', 'uk', 'au', 'ca', 'other'];
  const answers = ['nothing-yet', 'paid', 'gave-card-details', 'gave-code-or-password', 'gave-device-access'];
  const pair = { country: countries[pairs.size % 5]!, happened: answers[Math.floor(pairs.size / 5) % 5]! };
  pairs.set(tag, pair);
  return pair;
}

const makeOtherUser = (p: Payload, tag: string) =>
  p.create({
    collection: 'users',
    data: { email: `other-${tag}@example.org`, password: 'correct horse battery', role: 'author' },
    overrideAccess: true,
  });

const ATTEMPTS: Record<Target, Partial<Record<Action, Attempt>>> = {
  guides: draftsCollection('guides'),
  rules: draftsCollection('rules'),
  brands: plainCollection('brands', (tag) => ({ slug: `b-${tag}`, name: `Brand ${tag}` }), { name: 'Renamed' }),
  'reporting-bodies': plainCollection(
    'reporting-bodies',
    (tag) => ({
      slug: `rb-${tag}`,
      name: `Body ${tag}`,
      country: 'uk',
      whatToReport: 'Scam calls and texts.',
      channels: ['call'],
      situations: ['lost-money'],
      link: 'https://example.org/report',
    }),
    { name: 'Renamed' },
  ),
  signs: plainCollection('signs', (tag) => ({ slug: `s-${tag}`, title: `Sign ${tag}` }), { title: 'Renamed sign' }),
  // Each tag gets its own country and answer: the collection holds one record per pair.
  'next-steps': plainCollection(
    'next-steps',
    (tag) => ({
      slug: `ns-${tag}`,
      ...pairFor(tag),
      steps: [{ step: 'Call your bank.' }],
      sources: [{ title: 'A page', url: 'https://example.org/steps' }],
    }),
    (tag) => ({ slug: `ns-${tag}-renamed` }),
  ),
  media: plainCollection('media', (tag) => ({ alt: `Picture ${tag}` }), { alt: 'New alt' }, true),
  'test-messages': plainCollection('test-messages', (tag) => ({ text: `Invented message ${tag}`, label: 'scam' }), {
    text: 'Changed text',
  }),
  users: {
    'read published': async (p, user, tag) => ((await canRead(p, 'users', (await makeOtherUser(p, tag)).id, user)) ? A : R),
    create: (p, user, tag) =>
      refusedIfForbidden(() =>
        p.create({
          collection: 'users',
          data: { email: `new-${tag}@example.org`, password: 'correct horse battery', role: 'author' },
          user,
          overrideAccess: false,
        }),
      ),
    update: async (p, user, tag) => {
      const other = await makeOtherUser(p, tag);
      await refusedIfForbidden(() =>
        p.update({ collection: 'users', id: other.id, data: { name: 'Changed' }, user, overrideAccess: false }),
      ).catch(() => R);
      return (await stored(p, 'users', other.id))?.name === 'Changed' ? A : R;
    },
    delete: async (p, user, tag) => {
      const other = await makeOtherUser(p, tag);
      await refusedIfForbidden(() => p.delete({ collection: 'users', id: other.id, user, overrideAccess: false })).catch((e) =>
        hidden(e) ? R : Promise.reject(e),
      );
      return (await stored(p, 'users', other.id)) === undefined ? A : R;
    },
    'manage users': async (p, user, tag) => {
      // Changing someone else's role, and one's own: only an admin's change is kept.
      const other = await makeOtherUser(p, tag);
      await p
        .update({ collection: 'users', id: other.id, data: { role: 'admin' }, user, overrideAccess: false })
        .catch((e) => (hidden(e) ? null : Promise.reject(e)));
      const otherPromoted = (await stored(p, 'users', other.id))?.role === 'admin';
      if (user !== undefined && user.role !== 'admin') {
        await p
          .update({ collection: 'users', id: user.id, data: { role: 'admin' }, user, overrideAccess: false })
          .catch((e) => (hidden(e) ? null : Promise.reject(e)));
        expect((await stored(p, 'users', user.id))?.role).toBe(user.role);
      }
      return otherPromoted ? A : R;
    },
  },
  'checker-settings': {
    'read published': async (p, user) => {
      const settings = await p
        .findGlobal({ slug: 'checker-settings', user, overrideAccess: false })
        .catch((e) => (hidden(e) ? null : Promise.reject(e)));
      return settings !== null && typeof settings.inputLimit === 'number' ? A : R;
    },
    update: async (p, user) => {
      const before = await p.findGlobal({ slug: 'checker-settings', overrideAccess: true });
      const next = before.inputLimit === 4321 ? 4322 : 4321;
      const outcome = await refusedIfForbidden(() =>
        p.updateGlobal({ slug: 'checker-settings', data: { inputLimit: next }, user, overrideAccess: false }),
      );
      expect((await p.findGlobal({ slug: 'checker-settings', overrideAccess: true })).inputLimit === next).toBe(outcome === A);
      return outcome;
    },
  },
};

let t: TestPayload;
const users: Partial<Record<Who, TestUser>> = {};

beforeAll(async () => {
  await mediaDir;
  t = await startTestPayload();
  pngBuffer = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#c00' } })
    .png()
    .toBuffer();
  // The first user is always made an admin (makeFirstUserAdmin), so the admin comes first.
  for (const role of ['admin', 'editor', 'author'] as const) users[role] = await createUser(t.payload, role);
  expect(
    Object.values(users)
      .map((u) => u.role)
      .sort(),
  ).toEqual(['admin', 'author', 'editor']);
});
afterAll(async () => {
  await t?.stop();
  const { rmSync } = await import('node:fs');
  rmSync(await mediaDir, { recursive: true, force: true });
});

const CELLS = (Object.keys(POLICY) as Target[]).flatMap((target) =>
  (Object.entries(POLICY[target]) as Array<[Action, Outcome[]]>).flatMap(([action, outcomes]) =>
    WHO.map((who, i) => ({ target, action, who, expected: outcomes[i]! })),
  ),
);

describe('access table', () => {
  it('covers every target and every action the policy lists', () => {
    expect(CELLS.length).toBe(4 * Object.values(POLICY).reduce((n, actions) => n + Object.keys(actions).length, 0));
    for (const target of Object.keys(POLICY) as Target[])
      expect(Object.keys(ATTEMPTS[target]).sort()).toEqual(Object.keys(POLICY[target]).sort());
  });

  let counter = 0;
  it.each(CELLS)('$who → $target: $action is $expected', async ({ target, action, who, expected }) => {
    counter += 1;
    const attempt = ATTEMPTS[target][action]!;
    const outcome = await attempt(
      t.payload,
      who === 'anonymous' ? undefined : users[who],
      `${who}-${target}-${action.replace(/ /g, '-')}-${counter}`,
    );
    expect(outcome).toBe(expected);
  });
});
