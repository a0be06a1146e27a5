import { describe, expect, it } from 'vitest';
import { NextSteps, NextStepsList, SITUATION_OF, WhatHappened } from './index.js';

const ukCode = {
  id: 'uk-gave-code-or-password',
  country: 'uk',
  happened: 'gave-code-or-password',
  steps: [
    { step: 'Change the password of that account now', detail: 'Use the app or a website address you type yourself.' },
    { step: 'Forward the text to 7726', channels: ['text'] },
  ],
  sources: [{ title: 'NCSC: recovering a hacked account', url: 'https://www.ncsc.gov.uk/guidance/recovering-a-hacked-account' }],
};

describe('NextSteps', () => {
  it('accepts steps for one country and answer, a step with no channels being for every channel', () => {
    const parsed = NextSteps.parse(ukCode);
    expect(parsed.steps.map((s) => s.channels)).toEqual([[], ['text']]);
  });

  it('refuses steps without an official source, naming the field', () => {
    const result = NextSteps.safeParse({ ...ukCode, sources: [] });
    expect(result.error!.issues[0]).toMatchObject({ path: ['sources'], message: 'name at least one official source for these steps' });
  });

  it('refuses a source that is not an http(s) address', () => {
    const result = NextSteps.safeParse({ ...ukCode, sources: [{ title: 'x', url: 'javascript:alert(1)' }] });
    expect(result.error!.issues[0]!.path).toEqual(['sources', 0, 'url']);
  });

  it('refuses two sets for the same country and answer, naming both', () => {
    const result = NextStepsList.safeParse([ukCode, { ...ukCode, id: 'uk-codes-again' }]);
    expect(result.error!.issues[0]).toMatchObject({
      path: [1, 'happened'],
      message: "'uk-codes-again' and 'uk-gave-code-or-password' are both for uk / gave-code-or-password; keep one",
    });
  });
});

describe('WhatHappened', () => {
  it('falls under a reporting situation for every answer', () => {
    expect(WhatHappened.options.map((answer) => SITUATION_OF[answer])).toEqual([
      'received-only',
      'lost-money',
      'gave-credentials',
      'gave-credentials',
      'remote-access',
    ]);
  });
});
