'use client';
// The learned model's page in the admin (above the list of models): the live model's and the candidate's
// figures side by side, cross-validated and on the test part with 95 % intervals, whether the rules
// changed since each was trained, and the Retrain and Publish buttons (editors and admins).
import { share } from '@redflags/engine/learn';
import type { ModelFigures } from '@redflags/schema';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { ModelOverview, ModelSummary } from '../scoring/model-overview.js';
import { RulesChangedNote } from './RulesChangedNote.js';

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '12px 16px', margin: '24px 0' } as const;
const cell = { padding: '4px 12px 4px 0', textAlign: 'left' } as const;

type Overview = ModelOverview & { training: boolean };

interface Action {
  state: 'idle' | 'training' | 'publishing';
  message?: { text: string; reasons?: string[]; error?: boolean };
}

async function postJson(path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'include',
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json().catch(() => ({}))) as Record<string, unknown> };
}

export function ScoringModelPanel(): ReactNode {
  const [overview, setOverview] = useState<Overview | { error: string } | null>(null);
  const [action, setAction] = useState<Action>({ state: 'idle' });

  const load = useCallback(async () => {
    try {
      const response = await fetch('/api/scoring-models/overview', { credentials: 'include', headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`/api/scoring-models/overview answered ${response.status}`);
      setOverview((await response.json()) as Overview);
    } catch (error) {
      setOverview({ error: error instanceof Error ? error.message : String(error) });
    }
  }, []);
  useEffect(() => void load(), [load]);

  const retrain = async () => {
    setAction({ state: 'training' });
    const started = Date.now();
    const { status, json } = await postJson('/api/scoring-models/retrain');
    if (status === 201) {
      setAction({
        state: 'idle',
        message: {
          text: `Trained a candidate in ${String(json.trainingSeconds)} s (${((Date.now() - started) / 1000).toFixed(1)} s with loading). Compare it below, then publish it or keep the live one.`,
        },
      });
    } else {
      setAction({ state: 'idle', message: { text: `Retrain failed: ${String(json.error ?? `HTTP ${status}`)}`, error: true } });
    }
    await load();
  };

  const publish = async (candidate: ModelSummary) => {
    setAction({ state: 'publishing' });
    const { status, json } = await postJson('/api/scoring-models/publish', { id: candidate.id });
    if (status === 200) {
      setAction({ state: 'idle', message: { text: 'Published: the candidate is now the live model, and the site is rebuilt with it.' } });
    } else {
      const reasons = Array.isArray(json.reasons) ? json.reasons.map(String) : undefined;
      setAction({
        state: 'idle',
        message: { text: `Not published: ${String(json.error ?? `HTTP ${status}`)}`, error: true, ...(reasons ? { reasons } : {}) },
      });
    }
    await load();
  };

  return (
    <section style={box} data-testid="scoring-model-panel" aria-labelledby="scoring-model-title">
      <h3 id="scoring-model-title" style={{ marginTop: 0 }}>
        Learned model: live and candidate
      </h3>
      <p style={{ color: 'var(--theme-elevation-500)' }}>
        The checker weighs each rule’s finding, and the message’s wording, with a model learned from the test messages: it learns from the
        <strong> train part</strong> and is measured on the <strong>test part</strong>, which it never sees while training.
      </p>
      {overview === null && <p>Reading the models and measuring them on the test part…</p>}
      {overview && 'error' in overview && <p role="alert">Could not read the learned models: {overview.error}</p>}
      {overview && !('error' in overview) && (
        <OverviewBody
          overview={overview}
          action={action}
          onRetrain={() => void retrain()}
          onPublish={(candidate) => void publish(candidate)}
        />
      )}
    </section>
  );
}

function OverviewBody({
  overview,
  action,
  onRetrain,
  onPublish,
}: {
  overview: Overview;
  action: Action;
  onRetrain: () => void;
  onPublish: (candidate: ModelSummary) => void;
}): ReactNode {
  const { live, candidate, comparison, testPart, tolerance } = overview;
  const busy = action.state !== 'idle' || overview.training;
  return (
    <>
      {live ? (
        <ModelLine which="Live" model={live} />
      ) : (
        <p data-testid="no-live-model">No live model: the checker adds up the rules’ severities. Retrain, then publish the candidate.</p>
      )}
      {candidate ? (
        <ModelLine which="Candidate" model={candidate} />
      ) : (
        <p>No candidate. Retrain to make one from the rules as published now and the test messages as they are now.</p>
      )}
      {(live || candidate) && <FiguresTable live={live} candidate={candidate} />}
      <p style={{ fontSize: '0.9em', color: 'var(--theme-elevation-500)' }}>
        Cross-validated: the train part, each message read by a model trained without it. Test: the {testPart.scams} scams and{' '}
        {testPart.harmless} harmless messages of the test part, read now by each model with the rules as published now. Brackets: 95 %
        interval. A candidate is <strong>refused</strong> when, on the test part, it flags more than {tolerance.scamsFlagged * 100} point
        fewer scams, reads more than {tolerance.scamsHigh * 100} point fewer scams high, flags more than {tolerance.harmlessFlagged * 100}{' '}
        point more harmless messages, or reads any more harmless message high than the live model.
      </p>
      {comparison?.worse && (
        <div role="alert" data-testid="candidate-worse" style={{ color: 'var(--theme-error-500)' }}>
          <p>The candidate is worse than the live model on the test part, so it cannot be published:</p>
          <ul>
            {comparison.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      <p style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
        <button type="button" className="btn btn--style-secondary" data-testid="retrain-model" disabled={busy} onClick={onRetrain}>
          {action.state === 'training' ? 'Training…' : 'Retrain'}
        </button>
        {candidate && (
          <button
            type="button"
            className="btn btn--style-primary"
            data-testid="publish-model"
            disabled={busy || comparison?.worse === true}
            onClick={() => onPublish(candidate)}
          >
            {action.state === 'publishing' ? 'Publishing…' : 'Publish the candidate'}
          </button>
        )}
        {(action.state === 'training' || overview.training) && (
          <span>Training takes 6 to 20 seconds, depending on how busy the server is.</span>
        )}
      </p>
      {action.message && (
        <div
          role={action.message.error ? 'alert' : 'status'}
          data-testid="model-action-message"
          style={action.message.error ? { color: 'var(--theme-error-500)' } : undefined}
        >
          <p>{action.message.text}</p>
          {action.message.reasons && (
            <ul>
              {action.message.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}

function ModelLine({ which, model }: { which: 'Live' | 'Candidate'; model: ModelSummary }): ReactNode {
  return (
    <div data-testid={`model-${which.toLowerCase()}`}>
      <p>
        <strong>{which}:</strong> trained {new Date(model.trainedAt).toLocaleString()} by {model.trainedBy} in {model.trainingSeconds} s, on{' '}
        {model.trainedOn}
        {model.publishedAt &&
          which === 'Live' &&
          `; published ${new Date(model.publishedAt).toLocaleString()} by ${model.publishedBy ?? 'unknown'}`}
        .
      </p>
      {model.rulesChanged && (
        <RulesChangedNote change={model.rulesChanged} subject={which === 'Live' ? 'the live model' : 'this candidate'} />
      )}
    </div>
  );
}

const ROWS: Array<{ name: string; tally: (f: ModelFigures) => { part: number; whole: number } }> = [
  { name: 'Scams flagged', tally: (f) => ({ part: f.scams.flagged, whole: f.scams.total }) },
  { name: 'Scams read high', tally: (f) => ({ part: f.scams.high, whole: f.scams.total }) },
  { name: 'Harmless flagged', tally: (f) => ({ part: f.harmless.flagged, whole: f.harmless.total }) },
  { name: 'Harmless read high', tally: (f) => ({ part: f.harmless.high, whole: f.harmless.total }) },
];

function FiguresTable({ live, candidate }: { live: ModelSummary | null; candidate: ModelSummary | null }): ReactNode {
  const columns: Array<{ title: string; figures: ModelFigures | null }> = [
    ...(live
      ? [
          { title: 'Live, cross-validated', figures: live.figures.crossValidated },
          { title: 'Live, test', figures: live.testNow },
        ]
      : []),
    ...(candidate
      ? [
          { title: 'Candidate, cross-validated', figures: candidate.figures.crossValidated },
          { title: 'Candidate, test', figures: candidate.testNow },
        ]
      : []),
  ];
  return (
    <table data-testid="model-figures" style={{ borderCollapse: 'collapse', margin: '12px 0' }}>
      <thead>
        <tr>
          <th style={cell} scope="col">
            Figure
          </th>
          {columns.map((column) => (
            <th key={column.title} style={cell} scope="col">
              {column.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.name}>
            <th style={cell} scope="row">
              {row.name}
            </th>
            {columns.map((column) => {
              const { part, whole } = column.figures ? row.tally(column.figures) : { part: 0, whole: 0 };
              return (
                <td key={column.title} style={cell}>
                  {whole === 0 ? 'n/a' : `${share(part, whole)} (${part}/${whole})`}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
