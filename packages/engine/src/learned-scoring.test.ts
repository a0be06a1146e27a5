import { describe, expect, it } from 'vitest';
import { learnedFinding, learnedLevel, logitToPercent, ruleWeight } from './learned-scoring.js';

const model = { ruleWeights: { 'gift-card': 2.5 }, severityPriors: { strong: 3, moderate: 1.5, weak: 0.5 } };

describe('learned scoring', () => {
  const thresholds = { caution: 0, cautionWordsOnly: 1, high: 2 };

  it('reads high only when the rules themselves weigh at least a moderate sign', () => {
    expect(learnedLevel(3, 1.5, thresholds)).toBe('high');
    expect(learnedLevel(3, 1.4, thresholds)).toBe('caution');
    expect(learnedLevel(3, 0, thresholds)).toBe('caution');
  });

  it('holds words alone to their own, stricter caution threshold', () => {
    expect(learnedLevel(0.5, 0.2, thresholds)).toBe('caution');
    expect(learnedLevel(0.5, 0, thresholds)).toBe('none');
    expect(learnedLevel(-0.1, 0.2, thresholds)).toBe('none');
  });

  it('weighs a rule it learned by its learned weight, and a new rule by its severity', () => {
    expect(ruleWeight(model as never, { id: 'gift-card', severity: 'weak' })).toBe(2.5);
    expect(ruleWeight(model as never, { id: 'added-later', severity: 'moderate' })).toBe(1.5);
  });

  it('mentions the text model only when its share is at least half a log-odds unit', () => {
    const spans = [{ start: 0, end: 5 }];
    expect(learnedFinding({ logit: 0.4, spans })).toBeUndefined();
    expect(learnedFinding({ logit: 1.2, spans })).toMatchObject({ ruleId: 'reads-like-scam', severity: 'moderate', spans, guides: [] });
    expect(learnedFinding({ logit: 2.4, spans })?.severity).toBe('strong');
    expect(learnedFinding({ logit: 2.4, spans: [] })).toBeUndefined();
  });

  it('turns log-odds into a percentage with one decimal', () => {
    expect(logitToPercent(0)).toBe(50);
    expect(logitToPercent(2)).toBe(88.1);
  });
});
