// The launch next steps: one set for every country and answer, each from official sources.
import { Country, NextStepsList, WhatHappened } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { readLaunchContent } from './index.js';

const { nextSteps } = readLaunchContent();

const find = (country: string, happened: string) => nextSteps.find((s) => s.country === country && s.happened === happened)!;

describe('launch next steps', () => {
  it('parse as a list with one set per country and answer', () => {
    expect(NextStepsList.safeParse(nextSteps).error?.issues ?? []).toEqual([]);
  });

  it('cover every country and every answer to "What has happened so far?"', () => {
    const missing = Country.options.flatMap((country) =>
      WhatHappened.options
        .filter((happened) => !nextSteps.some((s) => s.country === country && s.happened === happened))
        .map((happened) => `${country}/${happened}`),
    );
    expect(missing).toEqual([]);
    expect(nextSteps).toHaveLength(Country.options.length * WhatHappened.options.length);
  });

  it('name ids after their country and answer', () => {
    for (const steps of nextSteps) expect(steps.id).toBe(`${steps.country}-${steps.happened}`);
  });

  it('cite only https sources', () => {
    for (const steps of nextSteps) for (const source of steps.sources) expect(source.url, steps.id).toMatch(/^https:\/\//);
  });

  it('start the money answers with the bank, and the UK ones with 159', () => {
    for (const country of Country.options) {
      for (const happened of ['paid', 'gave-card-details'] as const)
        expect(find(country, happened).steps[0]!.step, `${country}/${happened}`).toMatch(/bank/i);
    }
    expect(find('uk', 'paid').steps[0]!.step).toContain('159');
  });

  it('give account-recovery steps after a code or password, everywhere', () => {
    for (const country of Country.options) {
      expect(
        find(country, 'gave-code-or-password').steps.map((s) => s.step),
        country,
      ).toEqual(expect.arrayContaining(['Change the password of that account now', 'Turn on 2-step verification']));
    }
  });

  it('tell a caller to hang up only when the message came by call', () => {
    for (const country of Country.options) {
      const hangUp = find(country, 'nothing-yet').steps.find((s) => s.step.startsWith('Hang up'))!;
      expect(hangUp.channels).toEqual(['call']);
    }
  });
});
