// Rule QA in the manner of SpamAssassin's hit-frequencies: run every rule over labelled messages and
// report, per rule, scam hits, harmless hits and S/O = scam hits / all hits. Pure: the CLI and the CMS share it.
import { combinationParts, type MessageLabel } from '@redflags/schema';
import type { Checker } from './checker.js';

/** A rule whose hits are less than this share scams teaches people to ignore the checker. */
export const MIN_SCAM_SHARE = 0.8;

export interface QaMessage {
  id: string;
  label: MessageLabel;
  text: string;
}

export type QaFlag = 'low-scam-share' | 'no-hits' | 'redundant';

export interface QaRuleFigures {
  ruleId: string;
  title: string;
  scored: boolean;
  scamHits: number;
  harmlessHits: number;
  /** Scam hits / all hits; null when the rule hit nothing. */
  scamShare: number | null;
  scamIds: string[];
  harmlessIds: string[];
  /** Another scored rule that hits every message this one hits, when there is one (scored rules only). */
  coveredBy: string | null;
  flags: QaFlag[];
}

export interface QaOverall {
  scams: number;
  harmless: number;
  scamsFlagged: number;
  scamsHigh: number;
  harmlessFlagged: number;
  harmlessHigh: number;
  /** Shares of 1, rounded to 3 decimals. */
  scamsFlaggedRate: number;
  scamsHighRate: number;
  harmlessFlaggedRate: number;
  harmlessHighRate: number;
}

export interface QaReport {
  /** Rules with a flag first (low S/O, then no hits, then redundant), then by id. */
  rules: QaRuleFigures[];
  overall: QaOverall;
}

/**
 * Runs every rule of the checker's bundle over labelled messages.
 * @example runQa(checker, [{ id: 'm1', label: 'legit', text: 'Running 10 min late' }]).overall.harmlessFlagged // 0
 */
export function runQa(checker: Checker, messages: readonly QaMessage[]): QaReport {
  const hitsByRule = new Map<string, Set<string>>(checker.bundle.rules.map((rule) => [rule.id, new Set<string>()]));
  const labelOf = new Map(messages.map((message) => [message.id, message.label]));
  const overall = { scams: 0, harmless: 0, scamsFlagged: 0, scamsHigh: 0, harmlessFlagged: 0, harmlessHigh: 0 };
  for (const message of messages) {
    for (const ruleId of checker.firedRuleIds(message.text)) hitsByRule.get(ruleId)?.add(message.id);
    const { level } = checker.check(message.text);
    const scam = message.label === 'scam';
    overall[scam ? 'scams' : 'harmless'] += 1;
    if (level !== 'none') overall[scam ? 'scamsFlagged' : 'harmlessFlagged'] += 1;
    if (level === 'high') overall[scam ? 'scamsHigh' : 'harmlessHigh'] += 1;
  }
  const related = relatedRules(checker);
  const scored = new Set(checker.bundle.rules.filter((rule) => rule.scored).map((rule) => rule.id));
  const rules = checker.bundle.rules.map((rule): QaRuleFigures => {
    const hits = [...hitsByRule.get(rule.id)!];
    const scamIds = hits.filter((id) => labelOf.get(id) === 'scam').sort();
    const harmlessIds = hits.filter((id) => labelOf.get(id) !== 'scam').sort();
    const scamShare = hits.length === 0 ? null : round(scamIds.length / hits.length);
    // Building blocks (scored: false) are never shown, so only their hit counts matter.
    const coveredBy = hits.length === 0 || !rule.scored ? null : findCover(rule.id, hitsByRule, related, scored);
    const flags: QaFlag[] = [];
    if (rule.scored && scamShare !== null && scamShare < MIN_SCAM_SHARE) flags.push('low-scam-share');
    if (hits.length === 0) flags.push('no-hits');
    if (coveredBy !== null) flags.push('redundant');
    return {
      ruleId: rule.id,
      title: rule.title,
      scored: rule.scored,
      scamHits: scamIds.length,
      harmlessHits: harmlessIds.length,
      scamShare,
      scamIds,
      harmlessIds,
      coveredBy,
      flags,
    };
  });
  rules.sort((a, b) => flagRank(a) - flagRank(b) || a.ruleId.localeCompare(b.ruleId));
  return {
    rules,
    overall: {
      ...overall,
      scamsFlaggedRate: rate(overall.scamsFlagged, overall.scams),
      scamsHighRate: rate(overall.scamsHigh, overall.scams),
      harmlessFlaggedRate: rate(overall.harmlessFlagged, overall.harmless),
      harmlessHighRate: rate(overall.harmlessHigh, overall.harmless),
    },
  };
}

/** Rules linked by a combination (a combination and its parts) cover each other by design: not redundancy. */
function relatedRules(checker: Checker): Map<string, Set<string>> {
  const related = new Map<string, Set<string>>(checker.bundle.rules.map((rule) => [rule.id, new Set<string>()]));
  for (const rule of checker.bundle.rules) {
    for (const part of combinationParts(rule)) {
      related.get(rule.id)?.add(part);
      related.get(part)?.add(rule.id);
    }
  }
  return related;
}

/** Another scored rule whose hits include all of this rule's hits (the lowest id when several do). */
function findCover(
  ruleId: string,
  hitsByRule: Map<string, Set<string>>,
  related: Map<string, Set<string>>,
  scored: Set<string>,
): string | null {
  const own = hitsByRule.get(ruleId)!;
  const candidates = [...hitsByRule.entries()]
    .filter(([other, hits]) => other !== ruleId && scored.has(other) && !related.get(ruleId)?.has(other) && hits.size >= own.size)
    .filter(([, hits]) => [...own].every((id) => hits.has(id)))
    .map(([other]) => other)
    .sort();
  return candidates[0] ?? null;
}

function flagRank(figures: QaRuleFigures): number {
  if (figures.flags.includes('low-scam-share')) return 0;
  if (figures.flags.includes('no-hits')) return 1;
  if (figures.flags.includes('redundant')) return 2;
  return 3;
}

function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : round(part / whole);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
