// What is scheduled to be published or unpublished, for the admin dashboard, and cancelling it.
//   GET    /api/scheduled-publishes      → { items: ScheduledPublish[] } (editors and admins)
//   DELETE /api/scheduled-publishes/:id  → cancels a schedule that has not started running
// A schedule is a `schedulePublish` job in Payload's jobs queue (queued by the admin's "Schedule
// publish"); it publishes the newest draft as it is when the time comes. Failed ones are listed
// (for a week) with the reason, so an editor learns that a guide did not go out.
import type { Endpoint, Payload, PayloadRequest, Where } from 'payload';
import { hasRole } from '../access/roles.js';
import { documentId } from '../preview/load-draft.js';

export interface ScheduledPublish {
  /** The job's id: what DELETE takes. */
  id: string;
  collection: 'guides' | 'rules';
  documentId: string;
  title: string;
  /** Publish, or take back to draft. */
  action: 'publish' | 'unpublish';
  /** ISO time it is due. */
  at: string;
  state: 'waiting' | 'running' | 'failed';
  /** Why it failed, for `failed`. */
  error?: string;
  /** Email of the editor who scheduled it, when known. */
  scheduledBy?: string;
}

const FAILED_KEPT_MS = 7 * 24 * 60 * 60 * 1000;
const TASK = { taskSlug: { equals: 'schedulePublish' } } satisfies Where;

interface JobDocument {
  id: string | number;
  input?: {
    type?: string;
    doc?: { relationTo?: string; value?: string | number };
    user?: { relationTo?: string; value?: string | number } | string | number;
  };
  waitUntil?: string | null;
  processing?: boolean | null;
  hasError?: boolean | null;
  error?: unknown;
  updatedAt?: string;
}

/** Schedules not yet done, and those that failed in the last week, soonest first. */
export async function listScheduledPublishes(payload: Payload, now = Date.now()): Promise<ScheduledPublish[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        TASK,
        { completedAt: { exists: false } },
        { or: [{ hasError: { not_equals: true } }, { updatedAt: { greater_than: new Date(now - FAILED_KEPT_MS).toISOString() } }] },
      ],
    },
    sort: 'waitUntil',
    limit: 200,
    depth: 0,
    overrideAccess: true,
  });
  const jobs = (docs as unknown as JobDocument[]).filter(
    (job) => job.input?.doc?.relationTo === 'guides' || job.input?.doc?.relationTo === 'rules',
  );
  const titles = await titlesOf(payload, jobs);
  const emails = await emailsOf(payload, jobs);
  return jobs.map((job) => {
    const collection = job.input!.doc!.relationTo as 'guides' | 'rules';
    const documentId = String(job.input!.doc!.value);
    const userId = typeof job.input?.user === 'object' ? job.input.user?.value : job.input?.user;
    const scheduledBy = userId === undefined ? undefined : emails.get(String(userId));
    return {
      id: String(job.id),
      collection,
      documentId,
      title: titles.get(`${collection}/${documentId}`) ?? `(deleted ${collection === 'guides' ? 'guide' : 'rule'} ${documentId})`,
      action: job.input?.type === 'unpublish' ? 'unpublish' : 'publish',
      at: job.waitUntil ?? job.updatedAt ?? new Date(now).toISOString(),
      state: job.hasError ? 'failed' : job.processing ? 'running' : 'waiting',
      ...(job.hasError ? { error: errorText(job.error) } : {}),
      ...(scheduledBy ? { scheduledBy } : {}),
    };
  });
}

/**
 * Cancels schedule `id`: deletes its job, as the admin's own schedule drawer does, so it no
 * longer shows as upcoming there either. A running or finished job is left alone.
 */
export async function cancelScheduledPublish(payload: Payload, id: string): Promise<'cancelled' | 'not-found' | 'running'> {
  const jobId = documentId(payload, 'payload-jobs', id);
  if (jobId === undefined) return 'not-found';
  const job = (await payload.findByID({
    collection: 'payload-jobs',
    id: jobId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as unknown as (JobDocument & { taskSlug?: string; completedAt?: string | null }) | null;
  if (job?.taskSlug !== 'schedulePublish' || job.completedAt) return 'not-found';
  if (job.processing) return 'running';
  await payload.delete({
    collection: 'payload-jobs',
    where: { and: [{ id: { equals: job.id } }, { processing: { equals: false } }, TASK] },
    overrideAccess: true,
  });
  return 'cancelled';
}

function refusal(req: PayloadRequest): Response | undefined {
  if (hasRole(req.user, 'editor')) return undefined;
  return Response.json({ error: 'scheduled publishing is for editors and admins: sign in as one' }, { status: req.user ? 403 : 401 });
}

export const scheduledPublishesEndpoint: Endpoint = {
  path: '/scheduled-publishes',
  method: 'get',
  handler: async (req) =>
    refusal(req) ?? Response.json({ items: await listScheduledPublishes(req.payload) }, { headers: { 'Cache-Control': 'no-store' } }),
};

export const cancelScheduledPublishEndpoint: Endpoint = {
  path: '/scheduled-publishes/:id',
  method: 'delete',
  handler: async (req) => {
    const refused = refusal(req);
    if (refused) return refused;
    const id = String(req.routeParams?.id ?? '');
    const outcome = await cancelScheduledPublish(req.payload, id);
    if (outcome === 'not-found')
      return Response.json({ error: `no schedule ${id} is waiting (it may have run or been cancelled already)` }, { status: 404 });
    if (outcome === 'running')
      return Response.json({ error: `schedule ${id} is running now and can no longer be cancelled` }, { status: 409 });
    req.payload.logger.info(
      `scheduled publish ${id} cancelled by ${String((req.user as { email?: string } | null)?.email ?? req.user?.id)}`,
    );
    return Response.json({ cancelled: id });
  },
};

async function titlesOf(payload: Payload, jobs: JobDocument[]): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (const collection of ['guides', 'rules'] as const) {
    const ids = jobs
      .flatMap((job) => (job.input?.doc?.relationTo === collection ? [documentId(payload, collection, String(job.input.doc.value))] : []))
      .filter((id) => id !== undefined);
    if (ids.length === 0) continue;
    const { docs } = await payload.find({
      collection,
      where: { id: { in: ids } },
      draft: true,
      select: { title: true },
      depth: 0,
      limit: ids.length,
      overrideAccess: true,
    });
    for (const doc of docs as { id: string | number; title?: string | null }[])
      titles.set(`${collection}/${doc.id}`, doc.title || '(untitled)');
  }
  return titles;
}

async function emailsOf(payload: Payload, jobs: JobDocument[]): Promise<Map<string, string>> {
  const ids = [
    ...new Set(
      jobs.flatMap((job) =>
        typeof job.input?.user === 'object' && job.input.user?.value !== undefined ? [String(job.input.user.value)] : [],
      ),
    ),
  ];
  if (ids.length === 0) return new Map();
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: ids.map((id) => documentId(payload, 'users', id)).filter((id) => id !== undefined) } },
    select: { email: true },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
  });
  return new Map((docs as { id: string | number; email?: string }[]).map((user) => [String(user.id), user.email ?? '']));
}

/** Job errors are stored as JSON ({ message, … }); show the message. */
function errorText(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') return error.message;
  return error === undefined || error === null ? 'unknown error' : JSON.stringify(error);
}
