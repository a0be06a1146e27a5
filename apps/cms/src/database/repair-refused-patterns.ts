// Run once by the migration 20261202_*_repair_refused_launch_patterns: a launch rule stored by an earlier version whose
// pattern the engine now refuses (its safety check grew stricter) gets that pattern from the launch content, so the site
// can build again. Only refused patterns are touched, and only where the launch content has a pattern
// with the same literal in the same place; everything else an editor wrote stays as it is.
import { checkPattern } from '@redflags/engine';
import type { RuleInput } from '@redflags/schema';
import type { Payload, PayloadRequest } from 'payload';
import type { RuleDocument } from '../mapping/rule.js';
import { describeError } from '../seed/seed.js';

type StoredPattern = NonNullable<NonNullable<RuleDocument['match']>['patterns']>[number];

const refused = (pattern: { regex: string; literal: string }) => checkPattern(pattern).length > 0;

export interface RepairReport {
  /** One line per rule changed. */
  repaired: string[];
  /** One line per rule that needed a change but could not be saved, with the reason. */
  failed: string[];
}

/** `req` carries the migration's transaction, so the repair commits or rolls back with it. */
export async function repairRefusedPatterns(
  payload: Payload,
  launchRules: readonly RuleInput[],
  req?: Partial<PayloadRequest>,
): Promise<RepairReport> {
  const report: RepairReport = { repaired: [], failed: [] };
  const withPatterns = launchRules.filter((rule) => (rule.match.patterns ?? []).length > 0);
  if (withPatterns.length === 0) return report;
  // One query for all of them.
  const found = await payload.find({
    collection: 'rules',
    where: { slug: { in: withPatterns.map((rule) => rule.id) } },
    pagination: false,
    depth: 0,
    draft: false,
    overrideAccess: true,
    ...(req ? { req } : {}),
  });
  const bySlug = new Map((found.docs as (RuleDocument & { id: string | number })[]).map((doc) => [doc.slug, doc]));
  for (const launch of withPatterns) {
    const wanted = launch.match.patterns ?? [];
    const stored = bySlug.get(launch.id);
    const patterns = stored?.match?.patterns;
    if (!stored || !patterns) continue;
    const replaced: number[] = [];
    const repaired = patterns.map((row: StoredPattern, index) => {
      const current = { regex: row.regex ?? '', literal: row.literal ?? '' };
      const replacement = wanted[index];
      if (!replacement || replacement.literal !== current.literal || !refused(current) || refused(replacement)) return row;
      replaced.push(index + 1);
      return { ...row, regex: replacement.regex };
    });
    if (replaced.length === 0) continue;
    const which = `rule '${launch.id}': pattern ${replaced.join(', ')} (refused by the engine's safety check)`;
    try {
      await payload.update({
        collection: 'rules',
        id: stored.id,
        data: { match: { ...stored.match, patterns: repaired }, ...(stored._status ? { _status: stored._status } : {}) } as never,
        overrideAccess: true,
        draft: false,
        // The site build that follows a start picks the change up.
        context: { skipSiteRebuild: true },
        ...(req ? { req } : {}),
      });
      report.repaired.push(`${which} now has the launch version`);
    } catch (error) {
      // The rule as a whole may fail other checks an editor's edits meet; the site build names the pattern.
      report.failed.push(`${which} could not be replaced: ${describeError(error)}`);
    }
  }
  return report;
}
