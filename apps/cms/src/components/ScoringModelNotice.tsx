'use client';
// Dashboard line about the learned model (editors and admins): which model is live, how it reads the
// test part, and a warning with a link to retrain when the published rules changed since it was trained.
import { share } from '@redflags/engine/learn';
import { useEffect, useState, type ReactNode } from 'react';
import type { ModelOverview } from '../scoring/model-overview.js';
import { RulesChangedNote } from './RulesChangedNote.js';

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '12px 16px', margin: '24px 0' } as const;

export function ScoringModelNotice(): ReactNode {
  const [overview, setOverview] = useState<ModelOverview | 'forbidden' | { error: string } | null>(null);
  useEffect(() => {
    let live = true;
    fetch('/api/scoring-models/overview', { credentials: 'include', headers: { Accept: 'application/json' } })
      .then(async (response) => {
        if (!live) return;
        if (response.status === 401 || response.status === 403) setOverview('forbidden');
        else if (!response.ok) setOverview({ error: `/api/scoring-models/overview answered ${response.status}` });
        else setOverview((await response.json()) as ModelOverview);
      })
      .catch((error: unknown) => live && setOverview({ error: error instanceof Error ? error.message : String(error) }));
    return () => {
      live = false;
    };
  }, []);
  if (overview === 'forbidden') return null;
  return (
    <section style={box} data-testid="scoring-model-notice" aria-labelledby="scoring-model-notice-title">
      <h3 id="scoring-model-notice-title" style={{ marginTop: 0 }}>Learned model</h3>
      {overview === null && <p>Reading the learned model…</p>}
      {overview && 'error' in overview && <p role="alert">Could not read the learned model: {overview.error}</p>}
      {overview && !('error' in overview) && (
        <>
          {overview.live ? (
            <p data-testid="scoring-model-live">
              Live since {new Date(overview.live.publishedAt ?? overview.live.trainedAt).toLocaleString()}. On the test part it flags{' '}
              {share(overview.live.testNow.scams.flagged, overview.live.testNow.scams.total)} of scams ({share(overview.live.testNow.scams.high, overview.live.testNow.scams.total)} high)
              and {share(overview.live.testNow.harmless.flagged, overview.live.testNow.harmless.total)} of harmless messages.
            </p>
          ) : (
            <p>No learned model is live: the checker adds up the rules’ severities.</p>
          )}
          {overview.live?.rulesChanged && <RulesChangedNote change={overview.live.rulesChanged} subject="the live model" />}
          {overview.candidate && <p>A candidate trained {new Date(overview.candidate.trainedAt).toLocaleString()} is waiting to be compared and published.</p>}
          <p>
            <a href="/admin/collections/scoring-models">Open the learned models</a> to retrain, compare and publish.
          </p>
        </>
      )}
    </section>
  );
}
