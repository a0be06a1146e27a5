// How one rule, as it is being edited, does on the test messages: its hits (with the spans that
// triggered it), its S/O, and the harmless messages it would newly flag compared with the published
// bundle without it. Pure and browser-safe: the admin panel runs it in the page, the publish hook on the server.
import { createBrowserChecker } from '@redflags/engine/browser';
import { parseHost } from '@redflags/engine/parse-host';
import type { Level, MessageLabel, Rule, RuleBundle, Span } from '@redflags/schema';

export interface TestMessage {
  id: string;
  label: MessageLabel;
  text: string;
}

export interface RuleHit {
  message: TestMessage;
  /** Where the rule's words are in the text (empty for a building block or a feature-only match). */
  spans: Span[];
}

export interface RuleOnMessages {
  hits: RuleHit[];
  scamHits: number;
  harmlessHits: number;
  /** Scam hits / all hits, rounded to 3 decimals; null when the rule hits nothing. */
  scamShare: number | null;
  /** Harmless messages flagged with the rule and not flagged by the published bundle without it. */
  newlyFlagged: { message: TestMessage; level: Level }[];
}

/** `bundle` with `rule` in place of any rule of the same id (or added). */
export function bundleWithRule(bundle: RuleBundle, rule: Rule): RuleBundle {
  const others = bundle.rules.filter((r) => r.id !== rule.id);
  return { ...bundle, rules: [...others, rule] };
}

/** `bundle` without the rule `ruleId`, and without the combinations that need it. */
export function bundleWithoutRule(bundle: RuleBundle, ruleId: string): RuleBundle {
  const rules = bundle.rules.filter(
    (r) => r.id !== ruleId && !(r.match.combination?.allOf.includes(ruleId) || r.match.combination?.anyOf.includes(ruleId)),
  );
  return { ...bundle, rules };
}

/**
 * Runs `rule` inside the published `bundle` over `messages`.
 * Throws whatever the engine throws for a rule it cannot prepare (e.g. a pattern that does not compile).
 */
export function ruleOnMessages(bundle: RuleBundle, rule: Rule, messages: readonly TestMessage[]): RuleOnMessages {
  const withRule = createBrowserChecker(bundleWithRule(bundle, rule), { parseHost });
  const without = createBrowserChecker(bundleWithoutRule(bundle, rule.id), { parseHost });
  const hits: RuleHit[] = [];
  const newlyFlagged: RuleOnMessages['newlyFlagged'] = [];
  for (const message of messages) {
    if (!withRule.firedRuleIds(message.text).includes(rule.id)) continue;
    const result = withRule.check(message.text);
    hits.push({ message, spans: result.findings.find((f) => f.ruleId === rule.id)?.spans ?? [] });
    if (message.label !== 'scam' && result.level !== 'none' && without.check(message.text).level === 'none') {
      newlyFlagged.push({ message, level: result.level });
    }
  }
  const scamHits = hits.filter((h) => h.message.label === 'scam').length;
  const harmlessHits = hits.length - scamHits;
  return {
    hits,
    scamHits,
    harmlessHits,
    scamShare: hits.length === 0 ? null : Math.round((scamHits / hits.length) * 1000) / 1000,
    newlyFlagged,
  };
}

/** "d017" for an imported corpus message (source "d017 · github:…"), otherwise "test message 12". */
export function testMessageName(doc: { id: string | number; source?: string | null }): string {
  const corpusId = /^(\S+) · /.exec(doc.source ?? '')?.[1];
  return corpusId ?? `test message ${doc.id}`;
}
