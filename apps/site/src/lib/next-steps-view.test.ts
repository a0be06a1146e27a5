import type { NextSteps, ReportingBody } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { countriesPhrase, planAnswers, reportPlaces } from './next-steps-view.js';

const change = { step: 'Change the password', channels: [] };
const twoStep = { step: 'Turn on 2-step verification', channels: [] };
const call159 = { step: 'Call 159', channels: [] };
const forward = { step: 'Forward the text to 7726', channels: ['text' as const] };
const ncsc = { title: 'NCSC', url: 'https://www.ncsc.gov.uk/' };
const ftc = { title: 'FTC', url: 'https://consumer.ftc.gov/' };
const steps = (country: NextSteps['country'], list: NextSteps['steps'], sources = [ncsc]): NextSteps => ({
  id: `${country}-code`,
  country,
  happened: 'gave-code-or-password',
  steps: list,
  sources,
});
const nextSteps = [
  steps('us', [change, twoStep], [ftc]),
  steps('uk', [change, call159, twoStep, forward]),
  steps('au', [change, twoStep]),
  steps('ca', [change, twoStep], [ftc]),
  steps('other', [change, twoStep]),
];
const ALL = ['call', 'text', 'email', 'social', 'web'] as const;

describe('planAnswers', () => {
  const plans = planAnswers(nextSteps, [...ALL]);

  it('gives all five answers, naming the countries editors wrote no steps for', () => {
    expect(plans.map((p) => [p.happened, p.missing.length])).toEqual([
      ['nothing-yet', 5],
      ['paid', 5],
      ['gave-card-details', 5],
      ['gave-code-or-password', 0],
      ['gave-device-access', 5],
    ]);
  });

  it('writes a step every country shares once, keeping each country’s own order', () => {
    const code = plans[3]!;
    expect(code.steps.map(({ item, countries }) => [item.step, countries])).toEqual([
      ['Change the password', ['us', 'uk', 'au', 'ca', 'other']],
      ['Call 159', ['uk']],
      ['Turn on 2-step verification', ['us', 'uk', 'au', 'ca', 'other']],
      ['Forward the text to 7726', ['uk']],
    ]);
    expect(code.sources).toEqual([
      { item: ftc, countries: ['us', 'ca'] },
      { item: ncsc, countries: ['uk', 'au', 'other'] },
    ]);
  });

  it('keeps a country’s order when another lists the same steps the other way round', () => {
    const swapped = planAnswers([steps('us', [change, twoStep]), steps('uk', [twoStep, change])], [...ALL])[3]!;
    const orderFor = (country: string) => swapped.steps.filter((s) => s.countries.includes(country as never)).map((s) => s.item.step);
    expect(orderFor('us')).toEqual(['Change the password', 'Turn on 2-step verification']);
    expect(orderFor('uk')).toEqual(['Turn on 2-step verification', 'Change the password']);
  });

  it('keeps only the steps for the channels asked for', () => {
    expect(planAnswers(nextSteps, ['call'])[3]!.steps.map((s) => s.item.step)).not.toContain('Forward the text to 7726');
  });
});

describe('reportPlaces', () => {
  const body = (id: string, extra: Partial<ReportingBody>): ReportingBody => ({
    id,
    country: 'uk',
    nations: [],
    name: id,
    whatToReport: 'Report it here, please.',
    channels: ['call', 'text', 'email'],
    situations: ['received-only'],
    link: 'https://example.org/',
    order: 10,
    ...extra,
  });
  const bodies = [
    body('uk-7726', { channels: ['text'], situations: ['received-only', 'gave-credentials'], order: 20 }),
    body('action-fraud', { situations: ['lost-money', 'gave-credentials', 'remote-access'] }),
    body('ftc', { country: 'us' }),
  ];

  it('tags each place with the answers it fits, in the editors’ order, for every country', () => {
    const [us, uk] = reportPlaces(bodies, [...ALL]);
    expect(uk!.places.map((p) => [p.body.id, p.happened])).toEqual([
      ['action-fraud', ['paid', 'gave-card-details', 'gave-code-or-password', 'gave-device-access']],
      ['uk-7726', ['nothing-yet', 'gave-card-details', 'gave-code-or-password']],
    ]);
    expect(us!.places.map((p) => p.body.id)).toEqual(['ftc']);
  });

  it('keeps only the places for the channels asked for', () => {
    expect(reportPlaces(bodies, ['call'])[1]!.places.map((p) => p.body.id)).toEqual(['action-fraud']);
  });
});

describe('countriesPhrase', () => {
  it('names the countries as a sentence would', () => {
    expect(countriesPhrase(['uk'])).toBe('In the United Kingdom');
    expect(countriesPhrase(['us', 'ca', 'other'])).toBe('In the United States, Canada and everywhere else');
    expect(countriesPhrase(['other'])).toBe('Everywhere else');
  });
});
