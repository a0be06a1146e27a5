// Next-steps documents ↔ schema records, and where schema problems show in the admin form.
import { readLaunchContent } from '@redflags/content';
import { NextSteps } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { nextStepsFieldPath, nextStepsFromDocument, nextStepsToDocument } from './next-steps.js';

const launchSteps = readLaunchContent().nextSteps.map((record) => NextSteps.parse(record));
const roundTrip = (steps: NextSteps) => NextSteps.parse(nextStepsFromDocument(nextStepsToDocument(steps)));

describe('next steps mapping', () => {
  it('round-trips every launch record through the Payload shape unchanged', () => {
    expect(launchSteps.length).toBeGreaterThan(0);
    for (const steps of launchSteps) expect(roundTrip(steps), steps.id).toEqual(steps);
  });

  it('stores a step without detail as a null detail with its channels, and reads it back without one', () => {
    const steps = NextSteps.parse({ ...launchSteps[0], steps: [{ step: 'Forward the text to 7726', channels: ['text'] }] });
    expect(nextStepsToDocument(steps).steps).toEqual([{ step: 'Forward the text to 7726', detail: null, channels: ['text'] }]);
    expect(roundTrip(steps)).toEqual(steps);
  });

  it('shows problems on the admin field: the slug for the id, the whole select for a channel', () => {
    expect(nextStepsFieldPath(['id'])).toBe('slug');
    expect(nextStepsFieldPath(['steps', 1, 'channels', 0])).toBe('steps.1.channels');
    expect(nextStepsFieldPath(['sources', 0, 'url'])).toBe('sources.0.url');
  });

  it('hands a malformed steps value to the schema to refuse, naming the field', () => {
    const result = NextSteps.safeParse(nextStepsFromDocument({ ...nextStepsToDocument(launchSteps[0]!), steps: false as never }));
    expect(result.error!.issues[0]!.path).toEqual(['steps']);
  });
});
