// Publishing a rule checks it against the Rule schema, then compiles it with the engine among
// the published rules: a catastrophic pattern, a pattern without its literal or an example that
// misbehaves is refused, naming the field, the example and what happened. Drafts save freely.
import { checkRuleInContext } from '@redflags/engine';
import { recheckPattern } from '@redflags/engine/validate-thorough';
import { Rule, combinationParts, formatFieldProblems, type FieldProblem } from '@redflags/schema';
import type { CollectionBeforeChangeHook } from 'payload';
import { mergeDocument } from '../mapping/merge-document.js';
import { ruleFieldPath, ruleFromDocument, type RuleDocument } from '../mapping/rule.js';
import { problemsFromZod, refuseIfProblems } from '../validation/refuse.js';
import { loadRuleCheckContext } from '../validation/rule-context.js';

export const refuseInvalidRule: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const merged = mergeDocument(originalDoc, data) as RuleDocument;
  if (merged._status !== 'published') return data;
  const context = await loadRuleCheckContext(req, merged.id);
  const target = { collection: collection.slug, req };

  const parsed = Rule.safeParse(ruleFromDocument(merged, context.index));
  if (!parsed.success) {
    req.payload.logger.info(`refused rule: ${formatFieldProblems(parsed.error, `rule '${merged.slug}'`)}`);
    refuseIfProblems(problemsFromZod(parsed.error, ruleFieldPath), target);
    return data;
  }
  const rule = parsed.data;
  const unpublishedParts = combinationParts(rule).filter((id) => id !== rule.id && !context.publishedRuleSlugs.has(id));
  refuseIfProblems(
    unpublishedParts.map((id) => ({
      field: ruleFieldPath(['match', 'combination', rule.match.combination?.anyOf.includes(id) ? 'anyOf' : 'allOf']),
      message: `rule '${id}' is not published; publish it first or take it out of the combination`,
    })),
    target,
  );

  const problems: FieldProblem[] = checkRuleInContext(rule, context.engine, { thoroughPatternCheck: recheckPattern }).map((problem) => ({
    field: ruleFieldPath(problem.field),
    message:
      problem.example && !problem.message.includes(problem.example)
        ? `${problem.message} (example: "${problem.example}")`
        : problem.message,
  }));
  if (problems.length > 0) {
    req.payload.logger.info(`refused rule '${rule.id}': ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  }
  refuseIfProblems(problems, target);
  return data;
};
