import { describe, expect, it } from 'vitest';
import { DEFAULT_JOBS_CRON, jobsConfig, jobsCronFromEnv } from './jobs.js';

describe('jobsCronFromEnv', () => {
  it('runs due jobs every 10 seconds unless told otherwise', () => {
    expect(jobsCronFromEnv({})).toBe(DEFAULT_JOBS_CRON);
    expect(jobsCronFromEnv({ REDFLAGS_JOBS_CRON: '* * * * * *' })).toBe('* * * * * *');
    expect(jobsCronFromEnv({ REDFLAGS_JOBS_CRON: '*/5 * * * *' })).toBe('*/5 * * * *');
  });

  it('runs none in this process when REDFLAGS_JOBS_AUTORUN is false', () => {
    expect(jobsCronFromEnv({ REDFLAGS_JOBS_AUTORUN: 'false', REDFLAGS_JOBS_CRON: '* * * * * *' })).toBe(false);
  });

  it('names the variable when the pattern is not a cron pattern', () => {
    expect(() => jobsCronFromEnv({ REDFLAGS_JOBS_CRON: 'every minute' })).toThrow(
      'REDFLAGS_JOBS_CRON "every minute" is not a cron pattern',
    );
  });
});

describe('jobsConfig', () => {
  it('lets only editors and admins run, queue or cancel jobs through the API', async () => {
    const { access } = jobsConfig();
    const req = (role?: string) => ({ req: { user: role ? { id: 1, role } : null } }) as never;
    for (const check of [access!.run!, access!.queue!, access!.cancel!]) {
      expect([await check(req()), await check(req('author')), await check(req('editor')), await check(req('admin'))]).toEqual([
        false,
        false,
        true,
        true,
      ]);
    }
  });

  it('has no runner when the cron is off', () => {
    expect(jobsConfig({ cron: false }).autoRun).toBeUndefined();
    expect(jobsConfig({ cron: '* * * * * *' }).autoRun).toEqual([{ cron: '* * * * * *', queue: 'default', limit: 10 }]);
  });
});
