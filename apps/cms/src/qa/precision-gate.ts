// The S/O gate on publishing: a scored rule whose hits on labelled messages are less than 80 % scams
// (over at least `minHits` hits) is sent back, named with its worst harmless hits.
import { MIN_SCAM_SHARE, type Checker, type QaReport } from '@redflags/engine';

export interface LowPrecisionRule {
  ruleId: string;
  scamHits: number;
  harmlessHits: number;
  scamShare: number;
  /** Harmless messages it hits, the ones the whole checker rates highest first (at most `worst`). */
  worstHarmlessIds: string[];
}

const LEVEL_RANK = { high: 0, caution: 1, none: 2 } as const;

/**
 * Scored rules below MIN_SCAM_SHARE with at least `minHits` hits, lowest S/O first.
 * `textOf` gives a message's text so harmless hits can be ranked by what the checker makes of them.
 */
export function lowPrecisionRules(
  report: QaReport,
  checker: Checker,
  textOf: (id: string) => string,
  options: { minHits: number; worst?: number },
): LowPrecisionRule[] {
  const rank = (id: string) => {
    const result = checker.check(textOf(id));
    return { level: LEVEL_RANK[result.level], score: result.score };
  };
  return report.rules
    .filter((r) => r.scored && r.scamShare !== null && r.scamShare < MIN_SCAM_SHARE && r.scamHits + r.harmlessHits >= options.minHits)
    .map((r) => {
      const ranked = r.harmlessIds
        .map((id) => ({ id, ...rank(id) }))
        .sort((a, b) => a.level - b.level || b.score - a.score || a.id.localeCompare(b.id));
      return {
        ruleId: r.ruleId,
        scamHits: r.scamHits,
        harmlessHits: r.harmlessHits,
        scamShare: r.scamShare!,
        worstHarmlessIds: ranked.slice(0, options.worst ?? 5).map((h) => h.id),
      };
    })
    .sort((a, b) => a.scamShare - b.scamShare || a.ruleId.localeCompare(b.ruleId));
}

/** One line per rule, for a failing test or a log. */
export function describeLowPrecision(rule: LowPrecisionRule): string {
  return `rule '${rule.ruleId}': S/O ${rule.scamShare.toFixed(2)} (${rule.scamHits} scam, ${rule.harmlessHits} harmless hits); worst harmless hits: ${rule.worstHarmlessIds.join(', ')}`;
}
