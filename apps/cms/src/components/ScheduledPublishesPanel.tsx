'use client';
// Dashboard panel: every guide and rule scheduled to be published (or unpublished), when, by whom,
// with a button to cancel it; schedules that failed say why. Reads GET /api/scheduled-publishes
// as the signed-in user; shows nothing to authors (403), who cannot publish.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { ScheduledPublish } from '../scheduling/scheduled-publishes.js';

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '12px 16px', margin: '24px 0' } as const;
const cell = { padding: '6px 12px 6px 0', textAlign: 'left', verticalAlign: 'top' } as const;
const REFRESH_MS = 10_000;

type Loaded = { items: ScheduledPublish[] } | 'forbidden' | { loadError: string } | null;

const when = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
};

export function ScheduledPublishesPanel(): ReactNode {
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [message, setMessage] = useState<string>();

  const load = useCallback(async () => {
    try {
      const response = await fetch('/api/scheduled-publishes', { credentials: 'include', headers: { Accept: 'application/json' } });
      if (response.status === 403 || response.status === 401) setLoaded('forbidden');
      else if (!response.ok) setLoaded({ loadError: `/api/scheduled-publishes answered ${response.status}` });
      else setLoaded((await response.json()) as { items: ScheduledPublish[] });
    } catch (error) {
      setLoaded({ loadError: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  const cancel = async (item: ScheduledPublish) => {
    const response = await fetch(`/api/scheduled-publishes/${encodeURIComponent(item.id)}`, { method: 'DELETE', credentials: 'include' });
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    await load();
    setMessage(
      response.ok ? `Cancelled: ${item.action} “${item.title}” at ${when(item.at)}.` : `Could not cancel: ${body.error ?? response.status}`,
    );
  };

  if (loaded === 'forbidden') return null;
  return (
    <section style={box} data-testid="scheduled-publishes" aria-labelledby="scheduled-publishes-title">
      <h3 id="scheduled-publishes-title" style={{ marginTop: 0 }}>
        Scheduled publishing
      </h3>
      {message && (
        <p role="status" data-testid="scheduled-publishes-message">
          {message}
        </p>
      )}
      <ScheduledList loaded={loaded} onCancel={(item) => void cancel(item)} />
      <p style={{ color: 'var(--theme-elevation-500)', marginBottom: 0 }}>
        To publish at a set time, open a guide or rule and choose “Schedule Publish” from the arrow beside “Publish changes”. A schedule
        publishes the newest saved draft as it is at that time.
      </p>
    </section>
  );
}

function ScheduledList({
  loaded,
  onCancel,
}: {
  loaded: Exclude<Loaded, 'forbidden'>;
  onCancel: (item: ScheduledPublish) => void;
}): ReactNode {
  if (loaded === null) return <p>Reading the schedule…</p>;
  if ('loadError' in loaded) return <p role="alert">Could not read the schedule: {loaded.loadError}</p>;
  if (loaded.items.length === 0) return <p data-testid="scheduled-publishes-empty">Nothing is scheduled.</p>;
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          <th style={cell}>When</th>
          <th style={cell}>What</th>
          <th style={cell}>Scheduled by</th>
          <th style={cell}>
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {loaded.items.map((item) => (
          <tr key={item.id} data-testid="scheduled-publish" data-document={`${item.collection}/${item.documentId}`}>
            <td style={cell}>{when(item.at)}</td>
            <td style={cell}>
              {item.action === 'publish' ? 'Publish' : 'Unpublish'} {item.collection === 'guides' ? 'guide' : 'rule'}{' '}
              <a href={`/admin/collections/${item.collection}/${encodeURIComponent(item.documentId)}`}>{item.title}</a>
              {item.state === 'running' && <> — publishing now</>}
              {item.state === 'failed' && (
                <span role="alert" style={{ color: 'var(--theme-error-500)' }}>
                  {' '}
                  — failed: {item.error}
                </span>
              )}
            </td>
            <td style={cell}>{item.scheduledBy ?? '—'}</td>
            <td style={cell}>
              {item.state !== 'running' && (
                <button
                  type="button"
                  className="btn btn--style-secondary btn--size-small"
                  onClick={() => onCancel(item)}
                  aria-label={`${item.state === 'failed' ? 'Dismiss' : 'Cancel'} ${item.action} of “${item.title}”`}
                >
                  {item.state === 'failed' ? 'Dismiss' : 'Cancel'}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
