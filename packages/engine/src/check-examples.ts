// Runs each rule's examples through the checker: a mustMatch example must make the rule fire,
// a mustNotMatch example must not.
import { combinationParts, type Rule } from '@redflags/schema';
import type { Checker } from './checker.js';
import type { Problem } from './problems.js';

/**
 * Lists every example that misbehaves, saying what happened.
 * @example checkExamples(checker, checker.bundle.rules) // [{ ruleId: 'gift-card-payment', field: 'examples.mustMatch.0', … }]
 */
export function checkExamples(checker: Checker, rules: readonly Rule[]): Problem[] {
  const problems: Problem[] = [];
  for (const rule of rules) {
    rule.examples.mustMatch.forEach((example, i) => {
      if (!checker.firedRuleIds(example).includes(rule.id)) {
        problems.push({
          ruleId: rule.id,
          field: `examples.mustMatch.${i}`,
          example,
          message: `example "${shorten(example)}" must make this rule fire but it did not${whyNot(rule)}; change the rule or the example`,
        });
      }
    });
    rule.examples.mustNotMatch.forEach((example, i) => {
      if (!checker.firedRuleIds(example).includes(rule.id)) return;
      const words = triggeringWords(checker, rule, example);
      problems.push({
        ruleId: rule.id,
        field: `examples.mustNotMatch.${i}`,
        example,
        message: `example "${shorten(example)}" must not make this rule fire but it did${words}; narrow the rule or change the example`,
      });
    });
  }
  return problems;
}

function whyNot(rule: Rule): string {
  if (rule.match.combination === undefined) return ' (none of its phrases, patterns or features matched)';
  return ` (check that its combination's rules ${combinationParts(rule)
    .map((id) => `'${id}'`)
    .join(', ')} fire on it)`;
}

function triggeringWords(checker: Checker, rule: Rule, example: string): string {
  const finding = checker.check(example).findings.find((f) => f.ruleId === rule.id);
  if (finding === undefined) return '';
  return ` on ${finding.spans.map((span) => `"${example.slice(span.start, span.end)}"`).join(', ')}`;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
