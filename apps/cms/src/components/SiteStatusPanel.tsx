'use client';
// Dashboard panel: how the live site's builds after each publish went — the time of the last good publish
// and, when the last build failed after it, when, at which step and with what error.
// Reads GET /api/site-status as the signed-in user; shows nothing to authors (403).
import { useEffect, useState, type ReactNode } from 'react';
import type { SiteStatus } from '../site-status/site-status.js';

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '12px 16px', margin: '24px 0' } as const;
const REFRESH_MS = 10_000;

const when = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
};

export function SiteStatusPanel(): ReactNode {
  const [status, setStatus] = useState<SiteStatus | 'forbidden' | { loadError: string } | null>(null);

  useEffect(() => {
    let live = true;
    const load = async () => {
      try {
        const response = await fetch('/api/site-status', { credentials: 'include', headers: { Accept: 'application/json' } });
        if (!live) return;
        if (response.status === 403 || response.status === 401) setStatus('forbidden');
        else if (!response.ok) setStatus({ loadError: `/api/site-status answered ${response.status}` });
        else setStatus((await response.json()) as SiteStatus);
      } catch (error) {
        if (live) setStatus({ loadError: error instanceof Error ? error.message : String(error) });
      }
    };
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);

  if (status === 'forbidden') return null;
  return (
    <section style={box} data-testid="site-status" aria-labelledby="site-status-title">
      <h3 id="site-status-title" style={{ marginTop: 0 }}>
        Live site
      </h3>
      <SiteStatusBody status={status} />
    </section>
  );
}

function SiteStatusBody({ status }: { status: SiteStatus | { loadError: string } | null }): ReactNode {
  if (status === null) return <p>Asking the live site how its builds went…</p>;
  if ('loadError' in status) return <p role="alert">Could not read the site status: {status.loadError}</p>;
  if (!status.configured) return <p>No live site is connected (SITE_REBUILD_URL is not set), so publishing does not rebuild a site.</p>;
  if (!status.reachable) return <p role="alert">The live site does not answer: {status.error}</p>;
  return (
    <>
      <p data-testid="site-status-last-good">
        {status.lastGood ? (
          <>
            Last good publish: <strong>{when(status.lastGood.at)}</strong> (built in {status.lastGood.seconds.toFixed(1)} s,{' '}
            {status.lastGood.reason}).
          </>
        ) : (
          'No good build yet.'
        )}
        {status.building && ' A build is running now.'}
        {status.pending && ' Another build is queued.'}
      </p>
      {status.failing && status.lastFailure && (
        <div role="alert" data-testid="site-status-failure" style={{ color: 'var(--theme-error-500)' }}>
          <p>
            The last build <strong>failed</strong> on {when(status.lastFailure.at)} at step <strong>{status.lastFailure.step}</strong> (
            {status.lastFailure.reason}). Visitors still see the last good site.
          </p>
          <pre style={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflowY: 'auto' }}>{status.lastFailure.error}</pre>
        </div>
      )}
    </>
  );
}
