// Scheduled publishing on a temporary database, scheduled through Payload's own server function
// (what the admin's "Schedule Publish" drawer calls) and run by the jobs runner as the CMS's cron
// would: the newest draft goes live at its time, the site-rebuild hook runs for it as for a manual
// publish, a cancelled schedule never runs, and an author's schedule fails with the reason listed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler';
import { createLocalReq, type PayloadRequest } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteRebuildTrigger } from '../hooks/rebuildSiteOnPublish.js';
import { createUser, guideData, type TestUser } from '../testing/fixtures.js';
import { startTestPayload, type TestPayload } from '../testing/start-test-payload.js';
import { cancelScheduledPublish, listScheduledPublishes } from './scheduled-publishes.js';

let t: TestPayload;
let server: Server;
let editor: TestUser;
let author: TestUser;
const rebuildCalls: string[][] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      rebuildCalls.push((JSON.parse(body) as { reasons: string[] }).reasons);
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.SITE_REBUILD_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rebuild`;
  process.env.SITE_REBUILD_DEBOUNCE_MS = '100';
  t = await startTestPayload();
  editor = await createUser(t.payload, 'editor');
  author = await createUser(t.payload, 'author');
});
afterAll(async () => {
  delete process.env.SITE_REBUILD_URL;
  delete process.env.SITE_REBUILD_DEBOUNCE_MS;
  await t?.stop();
  server?.close();
});

const settle = () => siteRebuildTrigger({ payload: t.payload } as PayloadRequest)?.settled();

/** Schedules as the admin's drawer does: the server function, as `user`. */
async function schedule(user: TestUser, id: string | number, at: Date, type: 'publish' | 'unpublish' = 'publish'): Promise<void> {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, t.payload);
  const result = await schedulePublishHandler({ type, date: at, doc: { relationTo: 'guides', value: String(id) }, req } as never);
  expect(result).not.toHaveProperty('error');
}

/** Runs due jobs as the CMS's cron does (quietly: the failures below are expected, and read back from the list). */
const runDueJobs = () => t.payload.jobs.run({ queue: 'default', limit: 10, silent: true });

async function draftGuide(slug: string, title: string) {
  return t.payload.create({
    collection: 'guides',
    data: { ...guideData(slug), title, _status: 'draft' },
    draft: true,
    overrideAccess: true,
  });
}

const statusOf = async (id: string | number) =>
  (await t.payload.findByID({ collection: 'guides', id, depth: 0, overrideAccess: true }))._status;
const soon = (ms: number) => new Date(Date.now() + ms);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('scheduled publishing', () => {
  it('publishes the newest draft at its time and asks the site to rebuild, as a manual publish does', async () => {
    const guide = await draftGuide('scheduled-guide', 'Is that scheduled call a scam?');
    await schedule(editor, guide.id, soon(1500));
    // A later edit to the draft is what goes out.
    await t.payload.update({
      collection: 'guides',
      id: guide.id,
      data: { steps: [{ step: 'Hang up and breathe.' }] },
      draft: true,
      overrideAccess: true,
    });

    await runDueJobs();
    expect(await statusOf(guide.id)).toBe('draft');

    await wait(1600);
    rebuildCalls.length = 0;
    await runDueJobs();
    const published = await t.payload.find({
      collection: 'guides',
      where: { slug: { equals: 'scheduled-guide' } },
      draft: false,
      overrideAccess: false,
    });
    expect(published.docs.map((doc) => [doc._status, doc.steps?.[0]?.step])).toEqual([['published', 'Hang up and breathe.']]);
    expect(published.docs[0]?.publishedAt).toEqual(expect.any(String));
    await settle();
    expect(rebuildCalls).toEqual([['guides/scheduled-guide published']]);
    expect(await listScheduledPublishes(t.payload)).toEqual([]);
  });

  it('lists what is waiting, and a cancelled schedule never runs', async () => {
    const guide = await draftGuide('cancelled-guide', 'Is that cancelled text a scam?');
    const at = soon(1000);
    await schedule(editor, guide.id, at);
    const [item, ...rest] = await listScheduledPublishes(t.payload);
    expect(rest).toEqual([]);
    expect(item).toEqual({
      id: expect.any(String),
      collection: 'guides',
      documentId: String(guide.id),
      title: 'Is that cancelled text a scam?',
      action: 'publish',
      at: at.toISOString(),
      state: 'waiting',
      scheduledBy: editor.email,
    });

    expect(await cancelScheduledPublish(t.payload, item!.id)).toBe('cancelled');
    expect(await cancelScheduledPublish(t.payload, item!.id)).toBe('not-found');
    await wait(1100);
    rebuildCalls.length = 0;
    await runDueJobs();
    await settle();
    expect(await statusOf(guide.id)).toBe('draft');
    expect(rebuildCalls).toEqual([]);
    expect(await listScheduledPublishes(t.payload)).toEqual([]);
  });

  it('takes a guide back to draft at its time when unpublishing is scheduled', async () => {
    const guide = await t.payload.create({
      collection: 'guides',
      data: { ...guideData('leaving-guide'), _status: 'published' },
      overrideAccess: true,
    });
    await settle();
    await schedule(editor, guide.id, soon(500), 'unpublish');
    await wait(600);
    rebuildCalls.length = 0;
    await runDueJobs();
    await settle();
    expect(await statusOf(guide.id)).toBe('draft');
    expect(rebuildCalls).toEqual([['guides/leaving-guide unpublished']]);
  });

  it('does not let an author publish by scheduling: the schedule fails, the guide stays a draft, the reason is listed', async () => {
    const guide = await draftGuide('authors-guide', 'Is that author’s guess a scam?');
    await schedule(author, guide.id, soon(500));
    await wait(600);
    await runDueJobs();
    expect(await statusOf(guide.id)).toBe('draft');
    const [failed] = await listScheduledPublishes(t.payload);
    expect(failed).toMatchObject({ documentId: String(guide.id), state: 'failed', scheduledBy: author.email });
    expect(failed?.error).toMatch(/not allowed/i);
    expect(await cancelScheduledPublish(t.payload, failed!.id)).toBe('cancelled');
  });

  it('fails, with the field named, when the draft is not fit to publish at its time', async () => {
    const guide = await draftGuide('unfinished-guide', 'Is that unfinished call a scam?');
    await t.payload.update({ collection: 'guides', id: guide.id, data: { steps: [] }, draft: true, overrideAccess: true });
    await schedule(editor, guide.id, soon(500));
    await wait(600);
    await runDueJobs();
    expect(await statusOf(guide.id)).toBe('draft');
    const [failed] = await listScheduledPublishes(t.payload);
    expect(failed).toMatchObject({ title: 'Is that unfinished call a scam?', state: 'failed' });
    expect(failed?.error).toContain('steps');
    await cancelScheduledPublish(t.payload, failed!.id);
  });
});

describe('the schedule endpoints', () => {
  it('refuse visitors and authors, and answer editors', async () => {
    const login = async (user: TestUser) => {
      const response = await t.fetchApi('/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: user.email, password: 'correct horse battery' }),
      });
      return { Authorization: `JWT ${((await response.json()) as { token: string }).token}` };
    };
    expect((await t.fetchApi('/api/scheduled-publishes')).status).toBe(401);
    expect((await t.fetchApi('/api/scheduled-publishes', { headers: await login(author) })).status).toBe(403);
    expect((await t.fetchApi('/api/scheduled-publishes/1', { method: 'DELETE', headers: await login(author) })).status).toBe(403);
    const asEditor = await t.fetchApi('/api/scheduled-publishes', { headers: await login(editor) });
    expect(asEditor.status).toBe(200);
    expect(await asEditor.json()).toEqual({ items: [] });
    expect((await t.fetchApi('/api/scheduled-publishes/not-a-job', { method: 'DELETE', headers: await login(editor) })).status).toBe(404);
  });
});
