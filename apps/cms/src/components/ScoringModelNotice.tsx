'use client';
// Dashboard line about the learned model (editors and admins): which model is live, how it read the
// test part when it was trained, and a warning with a link to retrain when the published rules changed since.
import { share } from '@redflags/engine/learn';
import type { ModelFigures } from '@redflags/schema';
import { useEffect, useState, type ReactNode } from 'react';
import type { ModelOverview } from '../scoring/model-overview.js';
import { RulesChangedNote } from './RulesChangedNote.js';

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '12px 16px', margin: '24px 0' } as const;

export function ScoringModelNotice(): ReactNode {
  const [overview, setOverview] = useState<ModelOverview | 'forbidden' | { error: string } | null>(null);
  useEffect(() => {
    let live = true;
    fetch('/api/scoring-models/overview?measure=false', { credentials: 'include', headers: { Accept: 'application/json' } })
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
      <h3 id="scoring-model-notice-title" style={{ marginTop: 0 }}>
        Learned model
      </h3>
      {overview === null && <p>Reading the learned model…</p>}
      {overview && 'error' in overview && <p role="alert">Could not read the learned model: {overview.error}</p>}
      {overview && !('error' in overview) && (
        <>
          {overview.live ? (
            <p data-testid="scoring-model-live">
              Live since {new Date(overview.live.publishedAt ?? overview.live.trainedAt).toLocaleString()}.
              <TestFigures figures={overview.live.figures.testWhenTrained} />
            </p>
          ) : (
            <p>No learned model is live: the checker adds up the rules’ severities.</p>
          )}
          {overview.live?.rulesChanged && <RulesChangedNote change={overview.live.rulesChanged} subject="the live model" />}
          {overview.candidate && (
            <p>A candidate trained {new Date(overview.candidate.trainedAt).toLocaleString()} is waiting to be compared and published.</p>
          )}
          <p>
            <a href="/admin/collections/scoring-models">Open the learned models</a> to retrain, compare and publish.
          </p>
        </>
      )}
    </section>
  );
}

function TestFigures({ figures }: { figures: ModelFigures | null }): ReactNode {
  if (!figures || figures.scams.total + figures.harmless.total === 0) return ' It was not measured on a test part.';
  const { scams, harmless } = figures;
  return (
    <>
      {' '}
      When it was trained, it flagged {share(scams.flagged, scams.total)} of the test part’s scams ({share(scams.high, scams.total)} high)
      and {share(harmless.flagged, harmless.total)} of its harmless messages.
    </>
  );
}
