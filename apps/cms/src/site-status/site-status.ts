// GET /api/site-status (editors and admins): asks the live site's control server how its builds
// went (SITE_REBUILD_URL with /rebuild replaced by /status, see apps/site/server/live-site.ts) and
// returns it, with `failing` set when the last failure is newer than the last good build.
import type { Endpoint } from 'payload';
import { hasRole } from '../access/roles.js';

export interface LastGoodBuild {
  id: string;
  at: string;
  seconds: number;
  reason: string;
}

export interface LastBuildFailure {
  at: string;
  step: string;
  error: string;
  reason: string;
}

export type SiteStatus =
  | { configured: false }
  | { configured: true; reachable: false; error: string }
  | {
      configured: true;
      reachable: true;
      current: string | null;
      building: boolean;
      pending: boolean;
      lastGood: LastGoodBuild | null;
      lastFailure: LastBuildFailure | null;
      /** The last build failed: the failure is newer than the last good build (or there is none). */
      failing: boolean;
    };

const TIMEOUT_MS = 3000;

/**
 * The status address for a rebuild hook address.
 * @example statusUrlFor('http://127.0.0.1:4322/rebuild') // "http://127.0.0.1:4322/status"
 */
export function statusUrlFor(rebuildUrl: string): string {
  const url = new URL(rebuildUrl);
  url.pathname = url.pathname.endsWith('/rebuild')
    ? url.pathname.replace(/\/rebuild$/, '/status')
    : `${url.pathname.replace(/\/$/, '')}/status`;
  url.search = '';
  return url.toString();
}

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function lastGoodOf(value: unknown): LastGoodBuild | null {
  const r = record(value);
  return r ? { id: str(r.id), at: str(r.at), seconds: typeof r.seconds === 'number' ? r.seconds : 0, reason: str(r.reason) } : null;
}

function lastFailureOf(value: unknown): LastBuildFailure | null {
  const r = record(value);
  return r ? { at: str(r.at), step: str(r.step), error: str(r.error), reason: str(r.reason) } : null;
}

/** Fetches and reads the live site's status; never throws. */
export async function fetchSiteStatus(rebuildUrl: string | undefined, fetchImpl: typeof fetch = fetch): Promise<SiteStatus> {
  if (!rebuildUrl) return { configured: false };
  let statusUrl: string;
  try {
    statusUrl = statusUrlFor(rebuildUrl);
  } catch {
    return { configured: true, reachable: false, error: `SITE_REBUILD_URL is not a URL: "${rebuildUrl}"` };
  }
  try {
    const response = await fetchImpl(statusUrl, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { Accept: 'application/json' } });
    if (!response.ok)
      return { configured: true, reachable: false, error: `${statusUrl} answered ${response.status} ${response.statusText}`.trim() };
    const body = record(await response.json());
    if (!body) return { configured: true, reachable: false, error: `${statusUrl} did not answer with a JSON object` };
    const lastGood = lastGoodOf(body.lastGood);
    const lastFailure = lastFailureOf(body.lastFailure);
    return {
      configured: true,
      reachable: true,
      current: typeof body.current === 'string' ? body.current : null,
      building: body.building === true,
      pending: body.pending === true,
      lastGood,
      lastFailure,
      failing: lastFailure !== null && (lastGood === null || Date.parse(lastFailure.at) > Date.parse(lastGood.at)),
    };
  } catch (error) {
    const cause =
      error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error);
    return { configured: true, reachable: false, error: `could not reach ${statusUrl} (${cause})` };
  }
}

export const siteStatusEndpoint: Endpoint = {
  path: '/site-status',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'editor')) {
      return Response.json({ error: 'the site status is for editors and admins: sign in as one' }, { status: 403 });
    }
    return Response.json(await fetchSiteStatus(process.env.SITE_REBUILD_URL), { headers: { 'Cache-Control': 'no-store' } });
  },
};
