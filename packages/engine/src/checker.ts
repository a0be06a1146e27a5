// The checker: a prepared bundle and the `check` that turns a message into a CheckResult.
import type { BrowserRuleBundle, CheckResult, Finding, Level, Span } from '@redflags/schema';
import { evaluate } from './evaluate.js';
import { groupBySign, SEVERITY_RANK } from './group-signs.js';
import { learnedFinding, learnedLevel, logitToPercent, prepareScorer, ruleWeight, type LearnedScorer } from './learned-scoring.js';
import { mergeSpans } from './merge-spans.js';
import { prepareRules, type CheckerOptions, type DisabledPattern, type PreparedRules } from './prepare-rules.js';

export type { CheckerOptions };

/** `Bundle` is the bundle it was built from: the browser's (no rule examples) or a full `RuleBundle`. */
export interface Checker<Bundle extends BrowserRuleBundle = BrowserRuleBundle> {
  /** The parsed bundle the checker was built from. */
  readonly bundle: Bundle;
  /**
   * Checks a message. Spans are UTF-16 offsets into `text` as given.
   * @example checker.check('Amazon: a $799 iPhone purchase was detected, press 1').level // "high"
   */
  check(text: string): CheckResult;
  /** Ids of every rule that fires on `text`, building blocks (`scored: false`) included. */
  firedRuleIds(text: string): string[];
  /** Patterns the checker does not run because they could backtrack catastrophically (none in a validated bundle). */
  readonly disabledPatterns: readonly DisabledPattern[];
}

export { mergeSpans };

/**
 * Builds a checker from a bundle that has already been validated (for example at build time).
 * Use `compileBundle` for anything not yet validated: it checks the schema, patterns and examples first.
 *
 * `options.parseHost` holds the Public Suffix List (tldts, ~47 KB gzip); the browser page loads it as its
 * own file beside the rule bundle, and `@redflags/engine`'s `createChecker` passes it for you.
 * This is the browser entry's checker; Node code calls `createChecker`.
 * Editors' patterns run on RegExp, except those the risk screen does not trust (pattern-risk.ts), which
 * are disabled. Pass `compileRiskyPattern: compileLinearPattern` from `@redflags/engine/linear-patterns`
 * to run those on re2js instead, or `compilePattern: compileLinearPattern` to run every pattern RE2 can
 * express in linear time.
 * @example createBrowserChecker(bundle, { parseHost }).check('Running 10 min late').level // "none"
 */
export function createBrowserChecker<Bundle extends BrowserRuleBundle>(bundle: Bundle, options: CheckerOptions): Checker<Bundle> {
  // Plain-JavaScript callers get no type error, so say what is missing before the first check fails.
  if (typeof options?.parseHost !== 'function') {
    throw new TypeError("createBrowserChecker needs options.parseHost: import { parseHost } from '@redflags/engine/parse-host'.");
  }
  const prepared = prepareRules(bundle, options);
  const { settings } = bundle;
  const scorer = bundle.model === undefined ? undefined : prepareScorer(bundle.model);
  return {
    bundle,
    disabledPatterns: prepared.disabledPatterns,
    check(text: string): CheckResult {
      const checked = cutToLimit(text, settings.inputLimit);
      const { fired, entities, text: reading } = evaluate(prepared, checked, scorer?.text);
      const findings = toFindings(prepared, fired);
      let level: Level;
      let score: number;
      if (scorer === undefined || reading === undefined) {
        score = findings.reduce((sum, finding) => sum + settings.weights[finding.severity], 0);
        level = levelFor(score, settings.thresholds);
      } else {
        const rulesLogit = learnedRulesLogit(scorer, prepared, fired);
        const logit = scorer.model.bias + rulesLogit + reading.logit;
        level = learnedLevel(logit, rulesLogit, scorer.model.thresholds);
        score = logitToPercent(logit);
        const learned = learnedFinding(reading);
        if (learned !== undefined) insertBySeverity(findings, learned);
      }
      return {
        level,
        score,
        findings,
        signs: groupFindings(prepared, findings),
        entities,
        truncated: checked.length < text.length,
        checkedLength: checked.length,
        inputLength: text.length,
        disclaimer: settings.disclaimer,
      };
    },
    firedRuleIds(text: string): string[] {
      const { fired } = evaluate(prepared, cutToLimit(text, settings.inputLimit));
      return [...fired.keys()].sort((a, b) => a - b).map((index) => prepared.rules[index]!.id);
    },
  };
}

/** The learned weights of the scored rules that fired, added up. */
function learnedRulesLogit(scorer: LearnedScorer, prepared: PreparedRules, fired: Map<number, Span[]>): number {
  let logit = 0;
  for (const index of fired.keys()) {
    const rule = prepared.rules[index]!;
    if (rule.scored) logit += ruleWeight(scorer.model, rule);
  }
  return logit;
}

/** Puts the learned finding after the rules' findings of the same severity: rules stay the main explanation. */
function insertBySeverity(findings: Finding[], finding: Finding): void {
  const at = findings.findIndex((other) => SEVERITY_RANK[other.severity] > SEVERITY_RANK[finding.severity]);
  findings.splice(at < 0 ? findings.length : at, 0, finding);
}

/** Reads the score against the thresholds. Never "safe": `none` means no warning signs were found. */
export function levelFor(score: number, thresholds: { caution: number; high: number }): Level {
  if (score >= thresholds.high) return 'high';
  if (score >= thresholds.caution) return 'caution';
  return 'none';
}

function toFindings(prepared: PreparedRules, fired: Map<number, Span[]>): Finding[] {
  const findings: Array<Finding & { first: number }> = [];
  for (const [index, spans] of fired) {
    const rule = prepared.rules[index]!;
    if (!rule.scored) continue;
    const merged = mergeSpans(spans);
    findings.push({
      ruleId: rule.id,
      title: rule.title,
      explanation: rule.explanation,
      severity: rule.severity,
      guides: prepared.guides[index]!,
      spans: merged,
      first: merged[0]?.start ?? 0,
    });
  }
  findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.first - b.first);
  return findings.map(({ first: _first, ...finding }) => finding);
}

/** The findings by sign, with what the bundle says about each finding's rule. */
function groupFindings(prepared: PreparedRules, findings: Finding[]): CheckResult['signs'] {
  return groupBySign(
    findings,
    (ruleId) => {
      const index = prepared.indexOf.get(ruleId);
      if (index === undefined) return { buildsOn: 0 };
      const sign = prepared.rules[index]!.sign;
      return { sign: sign === undefined ? undefined : prepared.signById.get(sign), buildsOn: prepared.buildsOn[index]! };
    },
    prepared.signById,
  );
}

/** Cuts text to the input limit without splitting a surrogate pair. */
function cutToLimit(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const code = text.charCodeAt(limit - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit);
}
