// Next-steps documents ↔ schema records, and where schema problems show in the admin form.
import { NextSteps } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { nextStepsFieldPath, nextStepsFromDocument, nextStepsToDocument } from './next-steps.js';

const steps = NextSteps.parse({
  id: 'uk-paid',
  country: 'uk',
  happened: 'paid',
  steps: [
    { step: 'Call your bank now, or call 159', detail: 'Use the number on your card.' },
    { step: 'Forward the text to 7726', channels: ['text'] },
  ],
  sources: [{ title: 'Stop Scams UK', url: 'https://www.stopscamsuk.org.uk/' }],
});

describe('next steps mapping', () => {
  it('round-trips a record through the Payload shape unchanged', () => {
    const doc = nextStepsToDocument(steps);
    expect(doc.steps?.[1]).toEqual({ step: 'Forward the text to 7726', detail: null, channels: ['text'] });
    expect(NextSteps.parse(nextStepsFromDocument(doc))).toEqual(steps);
  });

  it('shows problems on the admin field: the slug for the id, the whole select for a channel', () => {
    expect(nextStepsFieldPath(['id'])).toBe('slug');
    expect(nextStepsFieldPath(['steps', 1, 'channels', 0])).toBe('steps.1.channels');
    expect(nextStepsFieldPath(['sources', 0, 'url'])).toBe('sources.0.url');
  });

  it('hands a malformed steps value to the schema to refuse, naming the field', () => {
    const result = NextSteps.safeParse(nextStepsFromDocument({ ...nextStepsToDocument(steps), steps: false as never }));
    expect(result.error!.issues[0]!.path).toEqual(['steps']);
  });
});
