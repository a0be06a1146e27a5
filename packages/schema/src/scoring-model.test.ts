import { describe, expect, it } from 'vitest';
import { formatFieldProblems, parseLabelledMessages, Rule, ScoringModel } from './index.js';

const tally = { total: 10, flagged: 5, high: 2 };
const model = {
  trainedAt: '2026-12-02T12:00:00.000Z',
  trainedOn: '727 corpus messages (train part)',
  bias: -1.8,
  ruleWeights: { 'gift-card-payment': 2.4 },
  severityPriors: { strong: 3, moderate: 1.5, weak: 0.5 },
  text: { featuresVersion: 2, bits: 8, weights: 'AAAA', scale: 0.01 },
  thresholds: { caution: 0, cautionWordsOnly: 1, high: 1.5 },
  figures: { train: { scams: tally, harmless: tally }, crossValidated: { scams: tally, harmless: tally } },
};

describe('ScoringModel', () => {
  it('accepts a model without test figures', () => {
    expect(ScoringModel.parse(model)).toEqual(model);
  });

  it('refuses a text model made with another feature recipe, saying to retrain', () => {
    const result = ScoringModel.safeParse({ ...model, text: { ...model.text, featuresVersion: 1 } });
    expect(formatFieldProblems(result.error!, 'model')).toBe(
      'model › text.featuresVersion: this text model was made with another feature recipe; retrain it (expected featuresVersion 2)',
    );
  });

  it('refuses negative rule weights and a high threshold under the caution one', () => {
    expect(ScoringModel.safeParse({ ...model, ruleWeights: { 'gift-card-payment': -1 } }).success).toBe(false);
    const result = ScoringModel.safeParse({ ...model, thresholds: { caution: 2, cautionWordsOnly: 2, high: 1 } });
    expect(formatFieldProblems(result.error!, 'model')).toBe(
      'model › thresholds.high: the high threshold must be at least the caution threshold',
    );
  });

  it("keeps the learned finding's id from editors' rules", () => {
    const result = Rule.safeParse({
      id: 'reads-like-scam',
      title: 'Mine',
      explanation: 'An editor rule with a taken id.',
      severity: 'weak',
      match: { phrases: ['x y'] },
    });
    expect(formatFieldProblems(result.error!, 'rule')).toBe(
      'rule › id: "reads-like-scam" is the learned model\'s finding; choose another id',
    );
  });
});

describe('parseLabelledMessages', () => {
  it('reads good lines with their numbers and names the field of a bad one', () => {
    const text =
      '{"id":"a1","label":"scam","channel":"sms","kind":"prize","text":"You won"}\n\n{"id":"a2","label":"maybe","channel":"sms","kind":"none","text":"hi"}\nnot json\n';
    const { messages, badLines } = parseLabelledMessages(text);
    expect(messages.map((m) => [m.line, m.message.id])).toEqual([[1, 'a1']]);
    expect(badLines.map((b) => b.line)).toEqual([3, 4]);
    expect(badLines[0]!.problem).toMatch(/^label: /);
    expect(badLines[1]!.problem).toMatch(/^not JSON/);
  });
});
