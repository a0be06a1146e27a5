import fc from 'fast-check';
import { RuleBundle } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { createChecker } from './create-checker.js';
import { compileLinearPattern } from './linear-patterns.js';
import { compileBundle } from './validate-bundle.js';
import { normalizeText } from './normalize.js';
import { bundleOf, ruleWith, starterBundle } from './test-support/bundles.js';

const VOICEMAIL =
  'Hello, this is Amazon fraud prevention. A purchase of an iPhone 15 Pro for $799 was detected on your account. ' +
  'If you did not authorize this purchase, press 1 to speak with an agent, or call us back at 1-855-631-2204.';

describe('check on the starter bundle', () => {
  const checker = compileBundle(starterBundle());

  it('reads the Amazon fraud-prevention voicemail as high', () => {
    const result = checker.check(VOICEMAIL);
    expect(result.level).toBe('high');
    expect(result.findings.map((f) => f.ruleId)).toEqual([
      'amazon-charge-call',
      'unexpected-purchase-alert',
      'press-a-key-to-respond',
      'number-not-brands-own',
      'fraud-team-contact',
    ]);
  });

  it('reads the fake agent asking for remote access, gift cards or a one-time code as high', () => {
    for (const text of [
      'This is Amazon support. To cancel the $799 iPhone order we need to connect to your computer. Please download AnyDesk.',
      'Amazon fraud department: to reverse the unauthorized purchase buy three $200 Google Play cards and read me the codes on the back.',
      'Amazon security team here. We sent a verification code to your phone to stop the suspicious purchase, please read me the code.',
    ]) {
      expect(checker.check(text).level, text).toBe('high');
    }
  });

  it('finds no warning signs in an ordinary text, and never says safe', () => {
    const result = checker.check('Running 10 min late, save me a seat x');
    expect(result).toMatchObject({ level: 'none', score: 0, findings: [], entities: [], truncated: false });
    expect(result.disclaimer).toContain('cannot tell you a message is safe');
  });

  it('lists the entities it found with their spans in the original text', () => {
    const result = checker.check(VOICEMAIL);
    expect(result.entities.map((e) => [e.type, e.value, VOICEMAIL.slice(e.span.start, e.span.end)])).toEqual([
      ['money', 'USD 799', '$799'],
      ['phone', '+18556312204', '1-855-631-2204'],
    ]);
  });

  it('links findings to their guides', () => {
    const finding = checker.check(VOICEMAIL).findings[0]!;
    expect(finding.guides).toEqual([{ slug: 'amazon-fraud-prevention-call', title: 'Is that Amazon fraud prevention call a scam?' }]);
  });
});

describe('scoring and levels', () => {
  const bundle = bundleOf([
    ruleWith('strong-one', { phrases: ['wire the money'] }, { severity: 'strong' }),
    ruleWith('moderate-one', { phrases: ['urgent'] }),
    ruleWith('weak-one', { phrases: ['hello'] }, { severity: 'weak' }),
  ]);
  const checker = compileBundle(bundle);

  it('adds the weights of the fired rules and reads the level from the thresholds', () => {
    expect(checker.check('hello').level).toBe('none');
    expect(checker.check('hello, urgent').score).toBe(3);
    expect(checker.check('hello, urgent').level).toBe('caution');
    expect(checker.check('urgent: wire the money').score).toBe(6);
    expect(checker.check('urgent: wire the money').level).toBe('high');
  });

  it('checks only up to the input limit and says the text was cut', () => {
    const limited = compileBundle({ ...bundle, settings: { thresholds: { caution: 2, high: 6 }, inputLimit: 100 } });
    const result = limited.check(`${'x'.repeat(100)} urgent`);
    expect(result).toMatchObject({ truncated: true, checkedLength: 100, inputLength: 107, level: 'none' });
  });
});

describe('combinations', () => {
  const checker = compileBundle(
    bundleOf([
      ruleWith('names-bank', { phrases: ['bank'] }, { scored: false }),
      ruleWith('urgency', { phrases: ['today'] }, { severity: 'weak' }),
      ruleWith('bank-urgency', { combination: { allOf: ['names-bank', 'urgency'] } }, { severity: 'strong' }),
      ruleWith('two-of-three', { combination: { anyOf: ['names-bank', 'urgency', 'bank-urgency'], minAnyOf: 2 } }),
    ]),
  );

  it('fires a combination when its parts fire, with the parts’ spans', () => {
    const text = 'Your bank needs you today';
    const finding = checker.check(text).findings.find((f) => f.ruleId === 'bank-urgency')!;
    expect(finding.spans.map((s) => text.slice(s.start, s.end))).toEqual(['bank', 'today']);
  });

  it('never lists or scores a building block by itself', () => {
    const result = checker.check('my bank is closed');
    expect(result.findings).toEqual([]);
    expect(checker.firedRuleIds('my bank is closed')).toEqual(['names-bank']);
  });

  it('honours minAnyOf and combinations of combinations', () => {
    expect(checker.firedRuleIds('bank today')).toEqual(['names-bank', 'urgency', 'bank-urgency', 'two-of-three']);
    expect(checker.firedRuleIds('today')).toEqual(['urgency']);
  });

  it('requires both the direct matchers and the combination when a rule has both', () => {
    const both = compileBundle(
      bundleOf([
        ruleWith('asks-money', { phrases: ['send money'] }, { scored: false }),
        ruleWith('new-number', { phrases: ['new number'], combination: { allOf: ['asks-money'] } }),
      ]),
    );
    expect(both.firedRuleIds('my new number')).toEqual([]);
    expect(both.firedRuleIds('new number, send money')).toEqual(['asks-money', 'new-number']);
  });
});

describe('patterns', () => {
  it('runs a pattern only where its literal was seen and reports the whole match', () => {
    const checker = compileBundle(bundleOf([ruleWith('press-key', { patterns: [{ regex: 'press (?:1|one)\\b', literal: 'press ' }] })]));
    const text = 'To cancel, PRESS 1 now';
    const spans = checker.check(text).findings[0]!.spans;
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['PRESS 1']);
  });

  it('stays fast on a long hostile input with the widest pattern validation accepts', () => {
    const checker = compileBundle(bundleOf([ruleWith('slow', { patterns: [{ regex: '[a-z ]*abc[a-z ]{0,30}x', literal: 'abc' }] })]));
    const text = `abc ${'a '.repeat(4_900)}`;
    const started = performance.now();
    checker.check(text);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('phrases', () => {
  const checker = compileBundle(bundleOf([ruleWith('gift-card', { phrases: ['gift card'] })]));

  it('matches whole words, plurals and obfuscated forms, and highlights the original words', () => {
    for (const [text, words] of [
      ['Buy two gift cards now', 'gift cards'],
      ['g i f t  c.a.r.d', 'g i f t  c.a.r.d'],
      ['G1FT C4RD', 'G1FT C4RD'],
      ['giftcard please', 'giftcard'],
      ['ｇｉｆｔ ｃａｒｄ', 'ｇｉｆｔ ｃａｒｄ'],
    ] as const) {
      const finding = checker.check(text).findings[0];
      expect(finding, text).toBeDefined();
      expect(text.slice(finding!.spans[0]!.start, finding!.spans[0]!.end)).toBe(words);
    }
  });

  it('does not match inside other words', () => {
    expect(checker.check('regift cardigans').findings).toEqual([]);
  });

  it('gives spans inside the text whose words normalise to the phrase (property)', () => {
    const piece = fc.constantFrom(
      'gift card',
      'GIFT CARD',
      'g1ft c4rd',
      'g i f t  c a r d',
      'gi\u200bft card',
      'ｇｉｆｔ card',
      'hello',
      ' ',
      '😀',
      '$5',
      'é',
      '\n',
      'x.y',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join(' ');
        for (const finding of checker.check(text).findings) {
          for (const span of finding.spans) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(text.length);
            expect(normalizeText(text.slice(span.start, span.end)).text.replace(/s$/, '')).toBe('gift card');
          }
        }
      }),
    );
  });
});

describe('spans on the starter bundle (property)', () => {
  const checker = compileBundle(starterBundle());
  const piece = fc.constantFrom(
    'Amazon',
    'аmazon',
    'press 1',
    'g1ft c4rd',
    'gift cards',
    'call 1-855-631-2204',
    'arnazon.com/x',
    'bit.ly/ab',
    '$799',
    '£1,000',
    'suspicious purchase',
    'your account has been suspended',
    'AnyDesk',
    'OTP',
    '😀',
    'é',
    '\u200b',
    '  ',
    '\n',
    'hello',
    'x.y',
    '+234 803 123 4567',
  );

  it('keeps every finding and entity span inside the original text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.constantFrom(' ', '', '. '), (pieces, glue) => {
        const text = pieces.join(glue);
        const result = checker.check(text);
        const spans = [...result.findings.flatMap((f) => f.spans), ...result.entities.map((e) => e.span)];
        return spans.every((span) => span.start >= 0 && span.end <= text.length && span.end > span.start);
      }),
      { numRuns: 300 },
    );
  });
});

describe('word boundaries', () => {
  const checker = compileBundle(bundleOf([ruleWith('gift-card', { phrases: ['gift card'] })]));

  it('treats emoji and punctuation as word boundaries but not letters of other scripts', () => {
    expect(checker.firedRuleIds('😀gift card!')).toEqual(['gift-card']);
    expect(checker.firedRuleIds('«gift card»')).toEqual(['gift-card']);
    expect(checker.firedRuleIds('жgift card')).toEqual([]);
  });
});

describe('a catastrophic pattern that slipped past validation', () => {
  const slipped = bundleOf([
    ruleWith('slipped', { patterns: [{ regex: 'foo(a|aa)+x', literal: 'foo' }] }),
    ruleWith('fine', { patterns: [{ regex: 'gift ?cards?', literal: 'gift' }] }),
  ]);
  const hostile = `foo${'a'.repeat(5_000)}`;

  it('is disabled by default and listed with the reason, while the other rules still run', () => {
    const checker = createChecker(RuleBundle.parse(slipped));
    expect(checker.disabledPatterns).toEqual([
      { ruleId: 'slipped', regex: 'foo(a|aa)+x', reason: expect.stringContaining('no linear-time engine can run it') },
    ]);
    expect(checker.firedRuleIds(`${hostile} buy a gift card`)).toEqual(['fine']);
  });

  it('runs on re2js when a linear-time engine is given, and still finds its matches', () => {
    const checker = createChecker(RuleBundle.parse(slipped), { compileRiskyPattern: compileLinearPattern });
    expect(checker.disabledPatterns).toEqual([]);
    expect(checker.firedRuleIds(hostile)).toEqual([]);
    expect(checker.firedRuleIds('fooaaax')).toEqual(['slipped']);
  });

  it('stays disabled when RE2 cannot express it either', () => {
    const checker = createChecker(
      RuleBundle.parse(bundleOf([ruleWith('slipped', { patterns: [{ regex: 'foo(?!x)(a|aa)+$', literal: 'foo' }] })])),
      { compileRiskyPattern: compileLinearPattern },
    );
    expect(checker.disabledPatterns.map((pattern) => pattern.ruleId)).toEqual(['slipped']);
  });
});

describe('the per-check time budget for regular expressions', () => {
  const bundle = RuleBundle.parse(
    bundleOf([
      ruleWith(
        'fee-pattern',
        { patterns: [{ regex: 'pay (?:the|a) fee', literal: 'fee' }] },
        { examples: { mustMatch: ['please pay the fee'], mustNotMatch: [] } },
      ),
    ]),
  );

  it('skips the remaining patterns once a check has used it up', () => {
    expect(createChecker(bundle).firedRuleIds('please pay the fee')).toEqual(['fee-pattern']);
    expect(createChecker(bundle, { patternBudgetMs: -1 }).firedRuleIds('please pay the fee')).toEqual([]);
  });

  it('does not apply to validation, whose examples must not depend on the load', () => {
    expect(compileBundle(bundle, { checkExamples: true }).firedRuleIds('please pay the fee')).toEqual(['fee-pattern']);
  });
});
