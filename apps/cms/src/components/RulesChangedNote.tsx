'use client';
// Says that the published rules changed since a learned model was trained, which rules, what that means
// for the checker, and that a retrain fixes it. Used on the learned models' page and the dashboard.
import type { ReactNode } from 'react';
import type { RulesChange } from '../scoring/rules-fingerprint.js';

const listed = (ids: string[]) => (ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`);

export function RulesChangedNote({ change, subject }: { change: RulesChange; subject: string }): ReactNode {
  const parts = [
    change.added.length > 0 && `${change.added.length} new (${listed(change.added)})`,
    change.changed.length > 0 && `${change.changed.length} changed (${listed(change.changed)})`,
    change.removed.length > 0 && `${change.removed.length} unpublished (${listed(change.removed)})`,
    change.brandsChanged && 'the brands changed',
  ].filter((part): part is string => typeof part === 'string');
  return (
    <p role="status" data-testid="rules-changed" style={{ color: 'var(--theme-warning-600, #9a6700)' }}>
      The published rules have changed since {subject} was trained: {parts.join('; ')}. New rules weigh their severity’s usual weight and
      changed ones keep a weight learned for what they matched before. <strong>Retrain</strong> to weigh them on the test messages, compare,
      then publish.
    </p>
  );
}
