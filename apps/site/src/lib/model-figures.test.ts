import type { ScoringModel } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { measured, publishedFigures } from './model-figures.js';

const tally = (total: number, flagged: number, high: number) => ({ total, flagged, high });
const figures = (scams: [number, number, number], harmless: [number, number, number]) => ({
  scams: tally(...scams),
  harmless: tally(...harmless),
});

/** Only the fields /about reads; the rest of a model does not matter here. */
function model(test: ScoringModel['figures']['test']): ScoringModel {
  return {
    trainedAt: '2026-12-02T23:30:00.000Z',
    figures: {
      train: figures([377, 377, 258], [350, 0, 0]),
      crossValidated: figures([377, 337, 236], [350, 10, 1]),
      ...(test ? { test } : {}),
    },
  } as ScoringModel;
}

describe('publishedFigures', () => {
  it('gives the test part’s figures with their 95 % intervals and the training date', () => {
    expect(publishedFigures(model(figures([161, 148, 101], [150, 1, 0])))).toEqual({
      trainedOn: '2 December 2026',
      scams: 161,
      harmless: 150,
      rows: [
        {
          messages: 'Scams',
          flagged: { count: 148, total: 161, percent: '91.9%', interval: '87–95%' },
          high: { count: 101, total: 161, percent: '62.7%', interval: '55–70%' },
        },
        {
          messages: 'Harmless messages',
          flagged: { count: 1, total: 150, percent: '0.7%', interval: '0–4%' },
          high: { count: 0, total: 150, percent: '0.0%', interval: '0–2%' },
        },
      ],
    });
  });

  it('gives nothing without a model, or with a model measured on no test part', () => {
    expect(publishedFigures(undefined)).toBeUndefined();
    expect(publishedFigures(model(undefined))).toBeUndefined();
    expect(publishedFigures(model(figures([0, 0, 0], [0, 0, 0])))).toBeUndefined();
  });
});

describe('measured', () => {
  it('rounds the share to one decimal and the interval to whole percents', () => {
    expect(measured(2, 3)).toEqual({ count: 2, total: 3, percent: '66.7%', interval: '21–94%' });
  });
});
