import { describe, expect, it } from 'vitest';
import { BundleError } from './problems.js';
import { checkRuleInContext, compileBundle, validateBundle } from './validate-bundle.js';
import { bundleOf, ruleWith, starterBundle } from './test-support/bundles.js';

describe('compileBundle', () => {
  it('compiles the starter bundle, examples included', () => {
    expect(validateBundle(starterBundle())).toEqual({ ok: true, problems: [] });
  });

  it('names the rule and the field of a schema problem', () => {
    const error = captureError(() => compileBundle(bundleOf([ruleWith('Bad Id', { phrases: ['x y'] }), ruleWith('no-match', {})])));
    expect(error.problems).toEqual([
      { ruleId: 'Bad Id', field: 'id', message: 'use lowercase letters, digits and single hyphens, e.g. "gift-card-payment"' },
      {
        ruleId: 'no-match',
        field: 'match',
        message: 'a rule must match something: add a phrase, a pattern, a link, phone or entity feature, or a combination',
      },
    ]);
    expect(error.message).toContain("rule 'no-match' › match: a rule must match something");
  });

  it('refuses a pattern that can backtrack catastrophically, with advice', () => {
    const error = captureError(() =>
      compileBundle(bundleOf([ruleWith('gift-card-payment', { patterns: [{ regex: '(a+)+$', literal: 'aaa' }] })])),
    );
    expect(error.problems[0]).toEqual({
      ruleId: 'gift-card-payment',
      field: 'match.patterns.0.regex',
      message:
        'pattern `(a+)+$` can backtrack catastrophically: it repeats a part that can itself match in more than one way, as in (a+)+, (a?a)+ or (a|aa)+; rewrite it without the nested repetition',
    });
  });

  it('refuses a pattern that does not compile', () => {
    const error = captureError(() =>
      compileBundle(bundleOf([ruleWith('broken', { patterns: [{ regex: 'gift (card', literal: 'gift' }] })])),
    );
    expect(error.problems[0]!.message).toMatch(
      /^pattern `gift \(card` is not a valid regular expression \(.*\); fix the syntax or use a phrase instead$/,
    );
  });

  it('refuses a literal that not every match contains', () => {
    const problems = (literal: string, regex: string) =>
      validateBundle(bundleOf([ruleWith('r-x', { patterns: [{ regex, literal }] })])).problems;
    expect(problems('card', 'gift (?:card|voucher)')[0]!.message).toBe(
      'pattern `gift (?:card|voucher)` does not always contain its literal "card"; choose text every match contains, written the same way in the pattern',
    );
    expect(problems('card', '(?:gift|store) card')).toEqual([]);
    expect(problems('press', 'press (?:1|one)')).toEqual([]);
    expect(problems('code', '(?:pass)?code')).toEqual([]);
    expect(problems('One-Time', 'one time')[0]!.message).toContain('reads "one time" after normalisation');
  });

  it('refuses combinations naming unknown rules or looping', () => {
    const { problems } = validateBundle(
      bundleOf([
        ruleWith('a-rule', { combination: { allOf: ['b-rule', 'ghost'] } }),
        ruleWith('b-rule', { combination: { anyOf: ['a-rule'] } }),
      ]),
    );
    expect(problems).toEqual([
      {
        ruleId: 'a-rule',
        field: 'match.combination.allOf.1',
        message: "names rule 'ghost', which is not in the bundle; publish that rule first or remove it from the combination",
      },
      {
        ruleId: 'a-rule',
        field: 'match.combination',
        message: 'loops back on itself (a-rule → b-rule → a-rule); a combination cannot depend on its own result',
      },
    ]);
  });

  it('refuses an example that misbehaves, saying which and what happened', () => {
    const bundle = bundleOf([
      ruleWith(
        'gift-card',
        { phrases: ['gift card'] },
        { examples: { mustMatch: ['pay with vouchers'], mustNotMatch: ['a gift card for mum'] } },
      ),
    ]);
    expect(() => compileBundle(bundle)).not.toThrow();
    const error = captureError(() => compileBundle(bundle, { checkExamples: true }));
    expect(error.problems).toEqual([
      {
        ruleId: 'gift-card',
        field: 'examples.mustMatch.0',
        example: 'pay with vouchers',
        message:
          'example "pay with vouchers" must make this rule fire but it did not (none of its phrases, patterns or features matched); change the rule or the example',
      },
      {
        ruleId: 'gift-card',
        field: 'examples.mustNotMatch.0',
        example: 'a gift card for mum',
        message:
          'example "a gift card for mum" must not make this rule fire but it did on "gift card"; narrow the rule or change the example',
      },
    ]);
  });

  it('still lists pattern problems when the bundle also fails the schema', () => {
    const bundle = { ...bundleOf([ruleWith('bad-pattern', { patterns: [{ regex: '(a+)+', literal: 'aaa' }] })]), settings: {} };
    const fields = validateBundle(bundle).problems.map((p) => `${p.ruleId ?? 'bundle'} ${p.field}`);
    expect(fields).toEqual(['bundle settings.thresholds', 'bad-pattern match.patterns.0.regex', 'bad-pattern match.patterns.0.literal']);
  });
});

describe('checkRuleInContext', () => {
  const published = [ruleWith('names-bank', { phrases: ['bank'] }, { scored: false })];

  it('accepts a rule whose examples behave against the published rules', () => {
    const rule = ruleWith(
      'bank-urgent',
      { combination: { allOf: ['names-bank'] } },
      { examples: { mustMatch: ['your bank'], mustNotMatch: ['river'] } },
    );
    expect(checkRuleInContext(rule, { rules: published })).toEqual([]);
  });

  it('reports a combination part that is not published and a misbehaving example', () => {
    const rule = ruleWith('bank-urgent', { combination: { allOf: ['names-bank', 'urgency'] } });
    expect(checkRuleInContext(rule, { rules: published })).toEqual([
      {
        ruleId: 'bank-urgent',
        field: 'match.combination.allOf.1',
        message: "names rule 'urgency', which is not in the bundle; publish that rule first or remove it from the combination",
      },
    ]);
    const wrong = ruleWith('bank-word', { phrases: ['bank'] }, { examples: { mustMatch: [], mustNotMatch: ['bank holiday'] } });
    expect(checkRuleInContext(wrong, { rules: published }).map((p) => p.field)).toEqual(['examples.mustNotMatch.0']);
  });

  it('keeps published combinations that name other published rules, so a rule can build on them', () => {
    const withCombination = [
      ...published,
      ruleWith('urgency', { phrases: ['act now'] }, { scored: false }),
      ruleWith('bank-urgent', { combination: { allOf: ['names-bank', 'urgency'] } }, { scored: false }),
    ];
    const rule = ruleWith(
      'bank-urgent-link',
      { combination: { allOf: ['bank-urgent'] } },
      { examples: { mustMatch: ['your bank: act now'], mustNotMatch: ['your bank'] } },
    );
    expect(checkRuleInContext(rule, { rules: withCombination })).toEqual([]);
  });

  it('drops a published combination whose part is broken, and the rules built on it', () => {
    const broken = [...published, ruleWith('bank-urgent', { combination: { allOf: ['names-bank', 'missing'] } }, { scored: false })];
    const rule = ruleWith('bank-urgent-link', { combination: { allOf: ['bank-urgent'] } });
    expect(checkRuleInContext(rule, { rules: broken }).map((p) => p.field)).toEqual(['match.combination.allOf.0']);
  });

  it('reports schema problems of the rule with its id', () => {
    expect(checkRuleInContext({ id: 'x-rule', title: 'ok title' }, {})[0]).toMatchObject({ ruleId: 'x-rule', field: 'explanation' });
  });
});

function captureError(run: () => unknown): BundleError {
  try {
    run();
  } catch (error) {
    if (error instanceof BundleError) return error;
    throw error;
  }
  throw new Error('expected a BundleError');
}
