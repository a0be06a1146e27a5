// What to do now, by country and by what has happened: the steps the checker and guide pages show
// under "What has happened so far?", each set with the official pages it is based on.
import { z } from 'zod';
import { Channel, Country, HttpUrl, Slug, WhatHappened } from './primitives.js';

const Text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const NextStep = z.object({
  /** The action, said first and plainly: "Change the password of that account now". */
  step: Text(300),
  /** How, or why, in a sentence or two. */
  detail: z.string().trim().max(1000, 'must be at most 1000 characters').optional(),
  /** Channels this step is for (e.g. "forward the text to 7726"); empty means every channel. */
  channels: z.array(Channel).default([]),
});
export type NextStep = z.infer<typeof NextStep>;

/** An official page the steps rest on, so readers and editors can check them. */
export const OfficialSource = z.object({ title: Text(160), url: HttpUrl });
export type OfficialSource = z.infer<typeof OfficialSource>;

/** The steps for one country and one answer to "What has happened so far?". */
export const NextSteps = z.object({
  id: Slug,
  country: Country,
  happened: WhatHappened,
  /** Most urgent first. */
  steps: z.array(NextStep).min(1, 'add at least one step'),
  sources: z.array(OfficialSource).min(1, 'name at least one official source for these steps'),
});
export type NextSteps = z.infer<typeof NextSteps>;
export type NextStepsInput = z.input<typeof NextSteps>;

/** Every set of steps, at most one for each country and answer (the page could show only one). */
export const NextStepsList = z.array(NextSteps).superRefine((list, context) => {
  const seen = new Map<string, string>();
  list.forEach((steps, index) => {
    const key = `${steps.country}/${steps.happened}`;
    const other = seen.get(key);
    if (other !== undefined) {
      context.addIssue({
        code: 'custom',
        path: [index, 'happened'],
        message: `'${steps.id}' and '${other}' are both for ${steps.country} / ${steps.happened}; keep one`,
      });
    } else seen.set(key, steps.id);
  });
});
