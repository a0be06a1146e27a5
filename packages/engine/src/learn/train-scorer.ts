// Trains the learned scorer for a rule bundle: rule weights and a text model fitted to labelled messages,
// k-fold cross-validation on them, thresholds chosen from the cross-validated readings, and figures.
// The text model is fitted on its own and stacked: the rule weights are fitted beside its out-of-fold reading,
// so rules written from these very messages cannot leave it nothing to learn (see `fitStacked`).
// Deterministic (fixed folds, fixed steps) and pure: it runs in the CMS, the CLI and the tests alike.
import {
  TEXT_FEATURES_VERSION,
  type BrowserRuleBundle,
  type CorpusPart,
  type Level,
  type MessageLabel,
  type ScoringModel,
  type Severity,
} from '@redflags/schema';
import { createBrowserChecker } from '../checker.js';
import type { ParseHost } from '../extract-links.js';
import { normalizeText } from '../normalize.js';
import { collectTextFeatures } from '../text-features.js';
import { decodeTextModel, encodeTextModel, presentFeatures } from '../text-model.js';
import { HIGH_NEEDS_RULES_LOGIT, learnedLevel } from '../learned-scoring.js';
import { breakDown } from './measure.js';
import { fitLogistic, logitOf, rulesLogitOf, type Example, type FittedWeights } from './logistic-regression.js';

/** A labelled message to learn from (`part: 'test'` ones are only measured). */
export interface TrainingMessage {
  id: string;
  text: string;
  label: MessageLabel;
  part?: CorpusPart;
  /** Learned from but never measured (messages the team wrote): in every fold's training, in no figure or threshold. */
  learnOnly?: boolean;
}

export interface TrainOptions {
  /** tldts's `parse` (from `@redflags/engine/parse-host`). */
  parseHost: ParseHost;
  /** Says what the model learned from, for editors; default: the counts. */
  trainedOn?: string;
  now?: Date;
  /** Hashing table size 2^bits (default 12: 4 KB of weights; 13 and 14 did no better in cross-validation). */
  bits?: number;
  /** Folds of cross-validation on the train part (default 5). */
  folds?: number;
  /**
   * Shares of the cross-validated genuine messages allowed to read caution or high with a rule's finding
   * (default 1 %), on their words alone (1 %), and high (0.6 %): well under the 5 % and 1 % targets, because
   * messages from sources the corpus lacks (service notices) read like scams more often (chosen by cross-validation).
   */
  maxHarmlessFlagged?: number;
  maxHarmlessFlaggedByWords?: number;
  maxHarmlessHigh?: number;
  /** Overrides of the fitted hyperparameters, for experiments (the defaults were chosen by cross-validation). */
  fit?: Partial<Hyperparameters>;
}

export interface TrainedScorer {
  model: ScoringModel;
  /** Each train-part message's level in cross-validation (read by a model that did not learn from it). */
  crossValidatedLevels: Map<string, Level>;
  /** The same messages' cross-validated log-odds, for looking into the levels. */
  crossValidatedLogits: Map<string, number>;
  /** The rules' share of those log-odds. */
  crossValidatedRulesLogits: Map<string, number>;
}

/** Rule weights start from, and are pulled towards, these log-odds. */
export const SEVERITY_PRIORS: Readonly<Record<Severity, number>> = { strong: 3, moderate: 1.5, weak: 0.5 };

/** How the two stages are fitted. */
export interface Hyperparameters {
  /** How strongly rule weights are held to their severity priors (per message). */
  rulePriorStrength: number;
  /** L2 penalty on the text model's weights, and the steps it is fitted for. */
  textPenalty: number;
  textSteps: number;
  /** Steps of the second stage (rule weights, the text model's scale and the bias). */
  steps: number;
  stepSize: number;
}

/** Chosen by cross-validation on the corpus's train part (2026-12-02); see the engine README. */
const FIT: Hyperparameters = { rulePriorStrength: 3, textPenalty: 1e-4, textSteps: 300, steps: 600, stepSize: 0.1 };
/** The penalty on the text model's scale in the second stage: next to none, it is one number fitted on every message. */
const SCALE_PENALTY = 1e-3;

/**
 * Trains a scorer for `bundle` (its rules as they are; its own model, if any, is ignored).
 * @example trainScorer(bundle, corpus, { parseHost }).model.figures.crossValidated.scams.flagged
 */
export function trainScorer(bundle: BrowserRuleBundle, messages: readonly TrainingMessage[], options: TrainOptions): TrainedScorer {
  const bits = options.bits ?? 12;
  const folds = options.folds ?? 5;
  const scored = bundle.rules.filter((rule) => rule.scored);
  const ruleIndex = new Map(scored.map((rule, index) => [rule.id, index]));
  // No time budget: which rules fire must not depend on the machine's load while training.
  const rulesOnly = createBrowserChecker(
    { ...bundle, model: undefined },
    { parseHost: options.parseHost, patternBudgetMs: Number.POSITIVE_INFINITY },
  );
  const examples = messages.map((message) =>
    toExample(
      message,
      rulesOnly.check(message.text).findings.map((f) => ruleIndex.get(f.ruleId)!),
      bits,
    ),
  );
  const train = messages.flatMap((message, i) => (message.part === 'test' ? [] : [i]));
  const test = messages.flatMap((message, i) => (message.part === 'test' && message.learnOnly !== true ? [i] : []));
  const learnOnly = (i: number) => messages[i]!.learnOnly === true;
  const measured = train.filter((i) => !learnOnly(i));
  const fit: StackedFit = {
    ...FIT,
    ...options.fit,
    rulePriors: Float64Array.from(scored, (rule) => SEVERITY_PRIORS[rule.severity]),
    buckets: 1 << bits,
    folds,
  };

  // Cross-validation: each train message is read by a model fitted on the other folds.
  const outOfFold = new Float64Array(messages.length);
  const outOfFoldRules = new Float64Array(messages.length);
  for (let fold = 0; fold < folds; fold += 1) {
    const inFold = (i: number) => foldOf(messages[i]!.id, folds) === fold;
    const weights = quantized(
      fitStacked(
        train.filter((i) => learnOnly(i) || !inFold(i)).map((i) => ({ id: messages[i]!.id, example: examples[i]! })),
        fit,
      ),
      bits,
    );
    for (const i of measured.filter(inFold)) {
      outOfFold[i] = logitOf(weights, examples[i]!);
      outOfFoldRules[i] = rulesLogitOf(weights, examples[i]!);
    }
  }
  const thresholds = chooseThresholds(
    measured.filter((i) => messages[i]!.label === 'legit').map((i) => ({ logit: outOfFold[i]!, rulesLogit: outOfFoldRules[i]! })),
    {
      flagged: options.maxHarmlessFlagged ?? 0.01,
      flaggedByWords: options.maxHarmlessFlaggedByWords ?? 0.01,
      high: options.maxHarmlessHigh ?? 0.006,
    },
  );

  const fitted = fitStacked(
    train.map((i) => ({ id: messages[i]!.id, example: examples[i]! })),
    fit,
  );
  const final = quantized(fitted, bits);
  const crossValidatedLevels = new Map(measured.map((i) => [messages[i]!.id, learnedLevel(outOfFold[i]!, outOfFoldRules[i]!, thresholds)]));
  const finalLevel = (i: number) => learnedLevel(logitOf(final, examples[i]!), rulesLogitOf(final, examples[i]!), thresholds);
  const figuresOf = (indices: number[], level: (i: number) => Level) =>
    breakDown(indices.map((i) => ({ id: messages[i]!.id, label: messages[i]!.label, kind: '', channel: '', level: level(i) }))).overall;

  const model: ScoringModel = {
    trainedAt: (options.now ?? new Date()).toISOString(),
    trainedOn: options.trainedOn ?? `${train.length} labelled messages (${test.length} more held out to measure)`,
    bias: final.bias,
    ruleWeights: Object.fromEntries(scored.map((rule, index) => [rule.id, round(fitted.rules[index]!)])),
    severityPriors: { ...SEVERITY_PRIORS },
    text: { featuresVersion: TEXT_FEATURES_VERSION, bits, ...encodeTextModel(fitted.text, bits) },
    thresholds,
    figures: {
      train: figuresOf(measured, finalLevel),
      crossValidated: figuresOf(measured, (i) => crossValidatedLevels.get(messages[i]!.id)!),
      ...(test.length > 0 ? { test: figuresOf(test, finalLevel) } : {}),
    },
  };
  const byId = (values: Float64Array) => new Map(measured.map((i) => [messages[i]!.id, values[i]!]));
  return { model, crossValidatedLevels, crossValidatedLogits: byId(outOfFold), crossValidatedRulesLogits: byId(outOfFoldRules) };
}

interface StackedFit extends Hyperparameters {
  rulePriors: Float64Array;
  buckets: number;
  folds: number;
}

/**
 * Fits in two stages. First the text model alone, on every message; then the bias, the rule weights and one scale
 * for the text model, fitted beside what the text model reads in each message when it has not learned from it
 * (inner folds). Fitted together in one go, rules written from these messages explain them nearly all, and the
 * text model, which is what reads the messages no rule was written for, learns next to nothing.
 */
function fitStacked(examples: ReadonlyArray<{ id: string; example: Example }>, fit: StackedFit): FittedWeights {
  const textOnly = (subset: ReadonlyArray<{ example: Example }>) =>
    fitLogistic(
      subset.map(({ example }) => ({ ...example, rules: [] })),
      {
        rulePriors: new Float64Array(0),
        buckets: fit.buckets,
        rulePriorStrength: 0,
        textPenalty: fit.textPenalty,
        steps: fit.textSteps,
        stepSize: fit.stepSize,
      },
    ).text;
  const unseenReading = new Float64Array(examples.length);
  for (let fold = 0; fold < fit.folds; fold += 1) {
    const inFold = (id: string) => foldOf(id, fit.folds, INNER_FOLDS_SEED) === fold;
    const text = textOnly(examples.filter(({ id }) => !inFold(id)));
    examples.forEach(({ id, example }, i) => {
      if (inFold(id)) unseenReading[i] = textLogitOf(text, example);
    });
  }
  const stage2 = fitLogistic(
    examples.map(({ example }, i) => ({ ...example, buckets: Int32Array.of(0), values: Float32Array.of(unseenReading[i]!) })),
    { ...fit, buckets: 1, textPenalty: SCALE_PENALTY, rulePriors: fit.rulePriors },
  );
  const scale = stage2.text[0]!;
  return { bias: stage2.bias, rules: stage2.rules, text: textOnly(examples).map((weight) => weight * scale) };
}

function textLogitOf(text: Float64Array, example: Example): number {
  let logit = 0;
  for (let i = 0; i < example.buckets.length; i += 1) logit += text[example.buckets[i]!]! * example.values[i]!;
  return logit;
}

function toExample(message: TrainingMessage, rules: number[], bits: number): Example {
  const { buckets, values } = presentFeatures(collectTextFeatures(normalizeText(message.text).text, bits), bits);
  return { rules: rules.filter((r) => r !== undefined), buckets, values, label: message.label === 'scam' ? 1 : 0 };
}

/**
 * How far (log-odds) a threshold sits above the first genuine message it keeps under: enough not to sit on that
 * one message, and no further, because the messages above it are scams' room. Chosen by cross-validation.
 */
const THRESHOLD_MARGIN = 0.25;

/** The lowest "high" threshold: a message reads high only where the model gives it at least a 73 % chance. */
const HIGH_FLOOR_LOGIT = 1;

/**
 * The lowest "caution" threshold: under a 5 % chance a message never reads caution, however far below it every
 * genuine message the model was fitted without fell (on a small or easy set they fall very far).
 */
const CAUTION_FLOOR_LOGIT = -3;

/**
 * The lowest thresholds at which cross-validated genuine messages stay within the shares allowed (shares of all
 * genuine messages): a margin above the first genuine message kept under (or halfway to the last one allowed
 * over, if that is nearer).
 */
function chooseThresholds(
  harmless: ReadonlyArray<{ logit: number; rulesLogit: number }>,
  share: { flagged: number; flaggedByWords: number; high: number },
): ScoringModel['thresholds'] {
  const cut = (logits: number[], allowedShare: number): number | undefined => {
    if (logits.length === 0) return undefined;
    const sorted = [...logits].sort((a, b) => b - a);
    const over = Math.floor(allowedShare * harmless.length);
    if (sorted.length <= over) return round(sorted[sorted.length - 1]! - THRESHOLD_MARGIN);
    const keptUnder = sorted[over]!;
    return over === 0
      ? round(keptUnder + THRESHOLD_MARGIN)
      : round(Math.min((sorted[over - 1]! + keptUnder) / 2, keptUnder + THRESHOLD_MARGIN));
  };
  const withRules = cut(
    harmless.filter((h) => h.rulesLogit > 0).map((h) => h.logit),
    share.flagged,
  );
  const wordsOnly = cut(
    harmless.filter((h) => h.rulesLogit === 0).map((h) => h.logit),
    share.flaggedByWords,
  );
  // A group with no genuine message to learn from borrows the other group's threshold.
  const caution = Math.max(withRules ?? wordsOnly ?? 0, CAUTION_FLOOR_LOGIT);
  const cautionWordsOnly = Math.max(wordsOnly ?? caution, CAUTION_FLOOR_LOGIT);
  const high =
    cut(
      harmless.filter((h) => h.rulesLogit >= HIGH_NEEDS_RULES_LOGIT).map((h) => h.logit),
      share.high,
    ) ?? HIGH_FLOOR_LOGIT;
  return { caution, cautionWordsOnly, high: Math.max(high, caution, HIGH_FLOOR_LOGIT) };
}

/** The weights as the published model will hold them (text weights as signed bytes). */
function quantized(weights: ReturnType<typeof fitLogistic>, bits: number) {
  const text = decodeTextModel({ featuresVersion: TEXT_FEATURES_VERSION, bits, ...encodeTextModel(weights.text, bits) }).weights;
  return { bias: weights.bias, rules: weights.rules, text };
}

/** Seeds the inner folds' hash apart from the outer ones, so an outer fold's messages spread over all inner folds. */
const INNER_FOLDS_SEED = 0x5bd1e995;

/** A message's fold, from its id, the same on every run. */
function foldOf(id: string, folds: number, seed = 0): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash % folds;
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
