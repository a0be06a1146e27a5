// A rule's preview: the published bundle with the rule's newest version in place of its published
// one (so combinations see the draft), and what publishing it would refuse. The site runs the
// rule's must-match examples through that bundle and shows the checker's result for each.
import { checkRuleInContext } from '@redflags/engine';
import { Rule, RulePreview, type PreviewProblem } from '@redflags/schema';
import type { Payload } from 'payload';
import { ruleFieldPath, ruleFromDocument, type RuleDocument } from '../mapping/rule.js';
import { buildPublishedContent } from '../publishing/build-bundle.js';
import { loadPublished, slugIndexOf } from '../publishing/load-published.js';
import { problemsFromZod } from '../validation/refuse.js';
import { loadDraft } from './load-draft.js';

/** The preview of rule `id`, or undefined when there is no such rule. */
export async function buildRulePreview(payload: Payload, id: string): Promise<RulePreview | undefined> {
  const doc = (await loadDraft(payload, 'rules', id)) as (RuleDocument & { updatedAt?: string }) | undefined;
  if (!doc) return undefined;
  const published = await loadPublished(payload);
  const others = published.rules.filter((rule) => String(rule.id) !== String(doc.id));
  const withDraft = { ...published, rules: [...others, { ...doc, _status: 'published' as const }] };
  const input = ruleFromDocument(doc, slugIndexOf(withDraft));
  const parsed = Rule.safeParse(input);

  let problems: PreviewProblem[];
  let bundle: RulePreview['bundle'];
  if (!parsed.success) {
    problems = problemsFromZod(parsed.error, ruleFieldPath);
  } else {
    const content = buildPublishedContent(withDraft);
    const context = { rules: content.bundle.rules, brands: content.bundle.brands, settings: content.bundle.settings };
    problems = checkRuleInContext(parsed.data, context).map((problem) => ({
      field: ruleFieldPath(problem.field),
      message: problem.message,
    }));
    // A rule left out of the bundle (its combination names an unpublished rule) or with a pattern
    // problem cannot run; one whose examples misbehave can, and the preview shows how.
    const runs = content.bundle.rules.some((rule) => rule.id === parsed.data.id) && !problems.some((p) => p.field.startsWith('match'));
    if (runs) bundle = content.bundle;
  }
  return RulePreview.parse({
    collection: 'rules',
    id: String(doc.id),
    status: doc._status === 'published' ? 'published' : 'draft',
    ...(doc.updatedAt ? { updatedAt: doc.updatedAt } : {}),
    problems,
    rule: {
      slug: input.id,
      title: input.title,
      explanation: input.explanation,
      ...(parsed.success ? { severity: parsed.data.severity } : {}),
      scored: input.scored ?? true,
      mustMatch: (doc.examples?.mustMatch ?? []).map((row) => row.message ?? '').filter((message) => message.trim() !== ''),
    },
    ...(bundle ? { bundle } : {}),
  });
}
