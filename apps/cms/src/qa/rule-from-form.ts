// The rule as it is being edited in the admin form, as a schema Rule the engine can run: the form's
// values go through the same mapping as a save (src/mapping/rule.ts). Title, explanation and id may
// still be empty while editing, and examples play no part in QA, so they are filled in / left out. Pure.
import { Rule } from '@redflags/schema';
import { ruleFromDocument, type RuleDocument } from '../mapping/rule.js';
import type { SlugIndex } from '../mapping/relations.js';

export type RuleFromForm = { ok: true; rule: Rule } | { ok: false; problems: string[] };

/** Form state keeps an array field's row count as its value (0 with no rows): read that as no rows. */
const rows = <T>(value: T[] | null | undefined | number): T[] => (Array.isArray(value) ? value : []);

/** The form's values (`reduceFieldsToValues(fields, true)`) with every array field an array. */
export function documentFromForm(values: RuleDocument): RuleDocument {
  const match = values.match ?? {};
  const combination = match.combination ?? {};
  return {
    ...values,
    kinds: rows(values.kinds),
    guides: rows(values.guides),
    match: {
      ...match,
      phrases: rows(match.phrases),
      patterns: rows(match.patterns),
      links: rows(match.links),
      phones: rows(match.phones),
      entities: rows(match.entities),
      combination: { ...combination, allOf: rows(combination.allOf), anyOf: rows(combination.anyOf) },
    },
    examples: {},
  };
}

/** Parses the edited rule; `problems` name the fields that still keep it from running. */
export function ruleFromForm(values: RuleDocument, index: Pick<SlugIndex, 'rules' | 'guides'>): RuleFromForm {
  const input = ruleFromDocument(documentFromForm(values), index);
  const parsed = Rule.safeParse({
    ...input,
    id: input.id || 'rule-being-edited',
    title: input.title || 'Rule being edited',
    explanation: input.explanation || 'Not written yet.',
    examples: { mustMatch: [], mustNotMatch: [] },
  });
  if (parsed.success) return { ok: true, rule: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'rule'}: ${issue.message}`) };
}
