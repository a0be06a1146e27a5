// Next steps: between the Payload document (rows of steps and sources) and the schema's NextSteps.
import type { NextStepsInput } from '@redflags/schema';
import { mapRows } from './rows.js';

export interface NextStepsDocument {
  id?: string | number;
  slug?: string | null;
  country?: string | null;
  happened?: string | null;
  steps?: { step?: string | null; detail?: string | null; channels?: string[] | null }[] | null;
  sources?: { title?: string | null; url?: string | null }[] | null;
}

type StepInput = NextStepsInput['steps'][number];

export function nextStepsFromDocument(doc: NextStepsDocument): NextStepsInput {
  return {
    id: doc.slug ?? '',
    country: doc.country as NextStepsInput['country'],
    happened: doc.happened as NextStepsInput['happened'],
    steps: mapRows(doc.steps, (row) => ({
      step: row.step ?? '',
      ...(row.detail ? { detail: row.detail } : {}),
      channels: (row.channels ?? []) as NonNullable<StepInput['channels']>,
    })),
    sources: mapRows(doc.sources, (row) => ({ title: row.title ?? '', url: row.url ?? '' })),
  };
}

export function nextStepsToDocument(steps: NextStepsInput): NextStepsDocument {
  return {
    slug: steps.id,
    country: steps.country,
    happened: steps.happened,
    steps: steps.steps.map((step) => ({ step: step.step, detail: step.detail ?? null, channels: step.channels ?? [] })),
    sources: steps.sources.map(({ title, url }) => ({ title, url })),
  };
}

/**
 * Where a problem at a schema path shows in the admin form: the schema and the form have the same
 * shape, except that the id is the slug field and a step's channel list is one select.
 * @example nextStepsFieldPath(['steps', 2, 'channels', 0]) // 'steps.2.channels'
 */
export function nextStepsFieldPath(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'id') return 'slug';
  if (parts[0] === 'steps' && parts[2] === 'channels') return parts.slice(0, 3).join('.');
  return parts.join('.');
}
