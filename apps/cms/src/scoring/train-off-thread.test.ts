// Training in a worker thread: the model comes back whole, and a failure inside the worker is an error
// with its reason, never a hang.
import { RuleBundle, ScoringModel } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { giftCardRule } from '../testing/fixtures.js';
import { trainOffThread } from './train-off-thread.js';

const { slug, examples: _examples, match, ...rule } = giftCardRule();
const bundle = RuleBundle.parse({
  formatVersion: 1,
  generatedAt: '2026-12-02T12:00:00.000Z',
  rules: [{ ...rule, id: slug, match: { phrases: match.phrases.map((p) => p.phrase) } }],
  settings: { thresholds: { caution: 2, high: 4 } },
});
const invented = [
  ['Buy a gift card and send me the code today', 'scam'],
  ['Your account is locked, buy a steam card to unlock it', 'scam'],
  ['Pay the fine with a gift card or you will be arrested', 'scam'],
  ['Thanks for the birthday gift card, see you Sunday', 'legit'],
  ['Dinner at eight at the usual place?', 'legit'],
  ['The meeting moved to Tuesday morning', 'legit'],
] as const;
const messages = invented.map(([text, label], i) => ({
  id: `m${i}`,
  text,
  label,
  part: i === 0 || i === 3 ? ('test' as const) : ('train' as const),
}));

describe('trainOffThread', () => {
  it('returns the model trained in the worker, with what it learned from and how long it took', async () => {
    const { model, seconds } = await trainOffThread(bundle, messages, '4 invented messages');
    expect(ScoringModel.parse(model).trainedOn).toBe('4 invented messages');
    expect(Object.keys(model.ruleWeights)).toEqual(['gift-card-payment']);
    expect(model.figures.test).toMatchObject({ scams: { total: 1 }, harmless: { total: 1 } });
    expect(seconds).toBeGreaterThan(0);
  });

  it('rejects with the reason when training fails inside the worker', async () => {
    const broken = { ...bundle, rules: null } as unknown as RuleBundle;
    await expect(trainOffThread(broken, messages, 'x')).rejects.toThrow(/^training failed: TypeError/);
  });
});
