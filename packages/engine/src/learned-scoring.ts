// Scores a check with a learned model: each fired rule's learned weight plus the text model's share,
// read against the model's thresholds, and the finding that explains the text model's share.
import { LEARNED_FINDING_ID, type Finding, type Level, type Rule, type ScoringModel, type Severity, type Span } from '@redflags/schema';
import { decodeTextModel, type TextWeights } from './text-model.js';

/** A model ready to score with. */
export interface LearnedScorer {
  model: ScoringModel;
  text: TextWeights;
}

/** What the text model read in one message: its share of the log-odds and where its strongest words are. */
export interface TextReading {
  logit: number;
  /** The words that weighed most towards a scam, in the original text. */
  spans: Span[];
}

/** Below this share (in log-odds) the text model's reading is not shown as a finding. */
export const LEARNED_FINDING_MIN_LOGIT = 0.5;
/** The words highlighted: at most this many, each weighing at least this share of the strongest. */
export const HIGHLIGHTED_WORDS = { most: 8, shareOfStrongest: 0.25 } as const;

export const LEARNED_FINDING_TEXT = {
  title: 'Reads like known scam messages',
  explanation:
    'The wording is close to scam messages we have seen and unlike genuine ones; the highlighted words weighed most. ' +
    'This is a learned likeness, not a rule: a reason to check the message with the organisation directly, not proof.',
} as const;

export function prepareScorer(model: ScoringModel): LearnedScorer {
  return { model, text: decodeTextModel(model.text) };
}

/** A rule's weight: learned if the model was trained with it, otherwise its severity's prior. */
export function ruleWeight(model: ScoringModel, rule: Pick<Rule, 'id' | 'severity'>): number {
  return model.ruleWeights[rule.id] ?? model.severityPriors[rule.severity];
}

/**
 * The rules' own share (log-odds) a message needs to read "high": about one moderate sign's worth, so a high
 * reading is always explained by editors' rules, never by word likeness or one weak sign alone.
 */
export const HIGH_NEEDS_RULES_LOGIT = 1.5;

/**
 * The level for a message's log-odds, given the rules' share of them (`rulesLogit`, 0 when no rule fired).
 * Words alone have a caution threshold of their own, set stricter: genuine service messages read like scams
 * more often than rules fire on them.
 * @example learnedLevel(3, 0, { caution: 0, cautionWordsOnly: 1, high: 2 }) // "caution"
 */
export function learnedLevel(logit: number, rulesLogit: number, thresholds: ScoringModel['thresholds']): Level {
  if (logit >= thresholds.high && rulesLogit >= HIGH_NEEDS_RULES_LOGIT) return 'high';
  if (logit >= (rulesLogit > 0 ? thresholds.caution : thresholds.cautionWordsOnly)) return 'caution';
  return 'none';
}

/** The text model's finding, when its share is large enough to mention. */
export function learnedFinding(reading: TextReading): Finding | undefined {
  if (reading.logit < LEARNED_FINDING_MIN_LOGIT || reading.spans.length === 0) return undefined;
  return { ruleId: LEARNED_FINDING_ID, ...LEARNED_FINDING_TEXT, severity: severityOf(reading.logit), guides: [], spans: reading.spans };
}

function severityOf(logit: number): Severity {
  if (logit >= 2) return 'strong';
  if (logit >= 1) return 'moderate';
  return 'weak';
}

/** The chance in percent that the log-odds stand for, to one decimal: the `score` of a learned check. */
export function logitToPercent(logit: number): number {
  return Math.round(1000 / (1 + Math.exp(-logit))) / 10;
}
