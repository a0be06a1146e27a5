// Next.js calls register() once when the server starts. Starting Payload here, with its crons,
// means the jobs runner (scheduled publishing) runs from the start, not from the first request
// after a restart, which might come long after a scheduled time.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')]);
  const payload = await getPayload({ config, cron: true });
  const cron = payload.config.jobs.autoRun;
  payload.logger.info(Array.isArray(cron) && cron.length > 0 ? `jobs runner started (${cron.map((c) => c.cron).join(', ')})` : 'jobs runner off in this process (REDFLAGS_JOBS_AUTORUN=false)');
}
