// Reads the test part with a model and the rules as published now, so a candidate and the live model
// are compared on the same messages and the same rules (each model's own figures were measured when it
// was trained, possibly on other rules or fewer messages).
import { createChecker } from '@redflags/engine';
import { breakDown, type TrainingMessage } from '@redflags/engine/learn';
import type { ModelFigures, RuleBundle, ScoringModel } from '@redflags/schema';

/**
 * Scams and harmless messages of the test part read caution-or-high and high by `bundle`'s rules with `model`.
 * @example measureOnTestPart(bundle, model, messages).scams.flagged
 */
export function measureOnTestPart(bundle: RuleBundle, model: ScoringModel, messages: readonly TrainingMessage[]): ModelFigures {
  // No wall-clock budget for patterns: a loaded server must not change a model's figures (validation does the same).
  const checker = createChecker({ ...bundle, model }, { patternBudgetMs: Number.POSITIVE_INFINITY });
  const readings = messages
    .filter((message) => message.part === 'test')
    .map((message) => ({ id: message.id, label: message.label, kind: '', channel: '', level: checker.check(message.text).level }));
  return breakDown(readings).overall;
}
