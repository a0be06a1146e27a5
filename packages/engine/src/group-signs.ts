// Groups a check's findings by warning sign, so a result shows one entry per distinct reason
// (issue 14): the sign's most specific finding first, the others folded under it.
import type { Finding, Severity, Sign, SignGroup } from '@redflags/schema';
import { mergeSpans } from './merge-spans.js';

/** What grouping needs to know about the rule behind a finding. */
export interface RuleSignInfo {
  /** The sign the rule names, when the bundle has it. */
  sign?: Sign | undefined;
  /** How many rules it builds on, transitively (0 for a rule with no combination). */
  buildsOn: number;
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { strong: 0, moderate: 1, weak: 2 };

/** Order of a sign the bundle does not list (its default order). */
const UNLISTED_ORDER = 100;

/**
 * One group per sign, strongest first (then the editors' order, then where its words first appear).
 * Inside a group the most specific finding comes first: the stronger, then the one built on more rules
 * (a combination before its parts), then the one with more matched spans. A finding whose rule names
 * no sign the bundle has — or that comes from no rule at all — is a sign of its own, never dropped:
 * a sign the bundle lists under the finding's own id, else its title.
 * @example groupBySign(result.findings, (ruleId) => ({ buildsOn: 0 })).length // result.findings.length
 */
export function groupBySign(
  findings: readonly Finding[],
  ruleInfo: (ruleId: string) => RuleSignInfo,
  signById: ReadonlyMap<string, Sign> = new Map(),
): SignGroup[] {
  const groups = new Map<string, { sign: Sign; members: Array<{ finding: Finding; buildsOn: number }> }>();
  for (const finding of findings) {
    const info = ruleInfo(finding.ruleId);
    const sign = info.sign ?? signById.get(finding.ruleId) ?? { id: finding.ruleId, title: finding.title, order: UNLISTED_ORDER };
    let group = groups.get(sign.id);
    if (group === undefined) {
      group = { sign, members: [] };
      groups.set(sign.id, group);
    }
    group.members.push({ finding, buildsOn: info.buildsOn });
  }
  const result = [...groups.values()].map(({ sign, members }) => {
    members.sort(
      (a, b) =>
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        b.buildsOn - a.buildsOn ||
        b.finding.spans.length - a.finding.spans.length ||
        firstStart(a.finding) - firstStart(b.finding) ||
        a.finding.ruleId.localeCompare(b.finding.ruleId),
    );
    const groupFindings = members.map((member) => member.finding);
    const group: SignGroup = {
      id: sign.id,
      title: sign.title,
      severity: groupFindings[0]!.severity,
      findings: groupFindings,
      spans: mergeSpans(groupFindings.flatMap((finding) => finding.spans)),
    };
    return { group, order: sign.order };
  });
  result.sort(
    (a, b) =>
      SEVERITY_RANK[a.group.severity] - SEVERITY_RANK[b.group.severity] ||
      a.order - b.order ||
      (a.group.spans[0]?.start ?? 0) - (b.group.spans[0]?.start ?? 0) ||
      a.group.id.localeCompare(b.group.id),
  );
  return result.map(({ group }) => group);
}

function firstStart(finding: Finding): number {
  return finding.spans[0]?.start ?? Number.MAX_SAFE_INTEGER;
}
