// Payload's jobs queue, which scheduled publishing runs on: the CMS server checks for due jobs
// (REDFLAGS_JOBS_CRON, default every 10 seconds) and runs them; only editors may run, queue or
// cancel jobs through the API (Payload's default lets any signed-in user).
import type { JobsConfig } from 'payload';
import { hasRole } from '../access/roles.js';

/** Every 10 seconds: a scheduled publish fires within 10 s of its time, for one small query per tick. */
export const DEFAULT_JOBS_CRON = '*/10 * * * * *';

export interface JobsOptions {
  /** Croner pattern (seconds first when 6 fields); false runs no jobs in this process. */
  cron?: string | false;
}

export function jobsConfig({ cron = DEFAULT_JOBS_CRON }: JobsOptions = {}): JobsConfig {
  const editors = ({ req }: { req: { user?: unknown } }) => hasRole(req.user, 'editor');
  return {
    access: { run: editors, queue: editors, cancel: editors },
    ...(cron === false ? {} : { autoRun: [{ cron, queue: 'default', limit: 10 }] }),
  };
}

/**
 * The runner's schedule from REDFLAGS_JOBS_CRON; REDFLAGS_JOBS_AUTORUN=false turns it off (another
 * process runs the jobs, e.g. with several CMS instances).
 * @example jobsCronFromEnv({ REDFLAGS_JOBS_CRON: '* * * * * *' }) // "* * * * * *"
 */
export function jobsCronFromEnv(env: Record<string, string | undefined>): string | false {
  if (env.REDFLAGS_JOBS_AUTORUN === 'false') return false;
  const cron = env.REDFLAGS_JOBS_CRON?.trim() || DEFAULT_JOBS_CRON;
  if (!/^\S+( \S+){4,5}$/.test(cron)) {
    throw new Error(`REDFLAGS_JOBS_CRON "${cron}" is not a cron pattern: give 5 fields, or 6 with seconds first (e.g. "*/10 * * * * *")`);
  }
  return cron;
}
