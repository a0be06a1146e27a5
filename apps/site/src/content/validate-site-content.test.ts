import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SiteContentError, validateSiteContent } from './validate-site-content.js';

const fixture = () =>
  // biome-ignore lint/suspicious/noExplicitAny: a fixture the tests break on purpose, field by field
  JSON.parse(readFileSync(new URL('../../fixtures/content/content.json', import.meta.url), 'utf8')) as Record<string, any>;

function problemsOf(raw: unknown): string[] {
  try {
    validateSiteContent(raw);
  } catch (error) {
    if (error instanceof SiteContentError) return error.problems.map((p) => `${p.collection} | ${p.record} | ${p.field} | ${p.message}`);
    throw error;
  }
  return [];
}

describe('validateSiteContent', () => {
  it('accepts the fixture export and applies schema defaults', () => {
    const content = validateSiteContent(fixture());
    expect(content.guides.map((g) => g.slug)).toEqual(['amazon-fraud-prevention-call', 'fake-delivery-text', 'one-time-code-theft']);
    expect(new Set(content.reportingBodies.map((b) => b.country))).toEqual(new Set(['us', 'uk', 'au', 'ca', 'other']));
    expect(content.guides[1]?.seo).toEqual({});
  });

  it('names the collection, the guide slug and the field of an invalid guide', () => {
    const raw = fixture();
    raw.guides[1].title = '   ';
    expect(problemsOf(raw)).toEqual(["guides | 'fake-delivery-text' | title | must not be empty"]);
  });

  it('names a record without a slug by its position', () => {
    const raw = fixture();
    delete raw.guides[2].slug;
    expect(problemsOf(raw)).toEqual(['guides | #2 (no slug) | slug | Invalid input: expected string, received undefined']);
  });

  it('lists every invalid field of every collection, not only the first', () => {
    const raw = fixture();
    raw.brands[0].domains = ['https://amazon.com/'];
    raw.reportingBodies[3].link = 'javascript:alert(1)';
    raw.reportingBodies[4].channels = [];
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^brands \| 'amazon' \| domains\.0 \| must be a domain name/);
    expect(problems[1]).toBe("reportingBodies | 'fbi-ic3' | link | must be an http:// or https:// address");
    expect(problems[2]).toBe("reportingBodies | 'forward-texts-7726-us' | channels | choose at least one channel");
  });

  it('reads an export made before next steps existed as having none', () => {
    const raw = fixture();
    delete raw.nextSteps;
    expect(validateSiteContent(raw).nextSteps).toEqual([]);
  });

  it('names the record and the field of invalid next steps, and refuses two sets for one country and answer', () => {
    const raw = fixture();
    raw.nextSteps[0].sources = [];
    raw.nextSteps.push({ ...raw.nextSteps[1], id: 'us-paid-again' });
    expect(problemsOf(raw)).toEqual([
      "nextSteps | 'uk-gave-code-or-password' | sources | name at least one official source for these steps",
      "nextSteps | 'us-paid-again' | happened | 'us-paid-again' and 'us-paid' are both for us / paid; keep one",
    ]);
  });

  it('names the rule id of an invalid rule inside the bundle', () => {
    const raw = fixture();
    raw.bundle.rules[4].explanation = 'short';
    const id = raw.bundle.rules[4].id as string;
    expect(problemsOf(raw)).toEqual([
      `bundle | the rule bundle, rule '${id}' | rules.4.explanation | explain in a sentence why this is a warning sign`,
    ]);
  });

  it('refuses a bundle the schema accepts but the engine cannot compile, naming the rule and the pattern', () => {
    const raw = fixture();
    const rule = raw.bundle.rules.find((r: { id: string }) => r.id === 'unexpected-purchase-alert');
    rule.match.patterns = [{ regex: '([', literal: 'purchase' }];
    expect(problemsOf(raw)).toEqual([
      "bundle | the rule bundle, rule 'unexpected-purchase-alert' | match.patterns.0.regex | pattern `([` is not a valid regular expression (/([/gi: Unterminated character class); fix the syntax or use a phrase instead",
    ]);
  });

  it('refuses a catastrophic pattern in the bundle before it reaches a checker', () => {
    const raw = fixture();
    const rule = raw.bundle.rules.find((r: { id: string }) => r.id === 'unexpected-purchase-alert');
    rule.match.patterns = [{ regex: '(purchase+)+$', literal: 'purchase' }];
    expect(problemsOf(raw)[0]).toBe(
      "bundle | the rule bundle, rule 'unexpected-purchase-alert' | match.patterns.0.regex | pattern `(purchase+)+$` can backtrack catastrophically: it repeats a part that can itself match in more than one way, as in (a+)+, (a?a)+ or (a|aa)+; rewrite it without the nested repetition",
    );
  });

  it('refuses two guides with the same slug', () => {
    const raw = fixture();
    raw.guides.push({ ...raw.guides[0] });
    expect(problemsOf(raw)).toEqual([
      "guides | 'amazon-fraud-prevention-call' | slug | the slug 'amazon-fraud-prevention-call' is used by another record; each must be unique",
    ]);
  });

  it('refuses an export without its collections, naming the missing one', () => {
    const raw = fixture();
    delete raw.reportingBodies;
    expect(problemsOf(raw)).toEqual(['export | the export document | reportingBodies | Invalid input: expected array, received undefined']);
  });

  it('puts every problem in the error message, one a line', () => {
    const raw = fixture();
    raw.guides[0].steps = [];
    expect(() => validateSiteContent(raw)).toThrow(/guides › 'amazon-fraud-prevention-call' › steps: a guide needs at least one step/);
  });
});
