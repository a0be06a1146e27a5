// Hostile content from an editor (or a stolen editor account): fast-check generates rule and guide
// documents — random and huge strings, odd Unicode, wrong types, missing fields, hostile regular
// expressions, script and javascript: links in rich text — and publishes each through the Local API.
// Each is either refused with a ValidationError naming a field, or accepted and then harmless: the
// export still builds and validates, its bundle compiles, and the engine checks text without a crash.
import { compileBundle } from '@redflags/engine';
import { SiteContent } from '@redflags/schema';
import fc from 'fast-check';
import { ValidationError } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, giftCardRule, guideData, type TestUser } from '../testing/fixtures.js';
import { startTestPayload, type TestPayload } from '../testing/start-test-payload.js';

const HOSTILE_REGEXES = [
  '(a+)+$',
  '(.*a){20}',
  '(a|a)*b',
  '(\\w+\\s?)*$',
  '[',
  '(?<x>a)\\k<y>',
  '\\',
  '(?=gift)',
  'gift card|',
  '.*',
  '^$',
  'gift(?!x)card',
  '\\u{1F600}',
  'gift\\s+card',
  'a{99999}',
];
const oddString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202E\u2066gift',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '"><img src=x onerror=alert(1)>',
    '{{7*7}}',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, written as plain text on purpose
    '${process.exit()}',
    '__proto__',
    'constructor',
    '\uFEFF\u200B',
    '𝐠𝐢𝐟𝐭 𝐜𝐚𝐫𝐝',
    'gift card',
  ),
  fc.integer({ min: 1, max: 300_000 }).map((n) => 'x'.repeat(n)),
);
const wrongType = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant({}), fc.constant([]), fc.constant({ $ne: null }));
const anyValue = fc.oneof({ weight: 3, arbitrary: oddString }, { weight: 1, arbitrary: wrongType });
/** Mostly a value that could pass (odd but in range), sometimes anything: so both outcomes are exercised. */
const mostly = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: anyValue });
const oddText = (min: number, max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: min, maxLength: max })
    .filter((v) => v.trim().length >= min)
    .map((v) => v);
const droppedSome = (keys: string[]) =>
  fc.oneof({ weight: 5, arbitrary: fc.constant([] as string[]) }, { weight: 1, arbitrary: fc.subarray(keys) });

const ruleChanges = fc.record(
  {
    title: mostly(oddText(3, 100)),
    explanation: mostly(oddText(10, 500)),
    severity: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('strong', 'moderate', 'weak') }, { weight: 1, arbitrary: anyValue }),
    kinds: fc.oneof(
      { weight: 4, arbitrary: fc.constant(['payment']) },
      { weight: 1, arbitrary: fc.array(oddString, { maxLength: 3 }) },
      { weight: 1, arbitrary: wrongType },
    ),
    phrases: fc.oneof(
      {
        weight: 3,
        arbitrary: fc.array(fc.record({ phrase: fc.constantFrom('gift card', 'steam card', 'g1ft c4rd', '𝐠𝐢𝐟𝐭 card', 'gift\u200bcard') }), {
          minLength: 1,
          maxLength: 3,
        }),
      },
      { weight: 1, arbitrary: fc.array(fc.record({ phrase: anyValue }), { maxLength: 3 }) },
      { weight: 1, arbitrary: wrongType },
    ),
    patterns: fc.oneof(
      { weight: 3, arbitrary: fc.constant([]) },
      {
        weight: 2,
        arbitrary: fc.array(
          fc.record({
            regex: fc.oneof(fc.constantFrom(...HOSTILE_REGEXES), oddString),
            literal: fc.oneof(fc.constantFrom('gift', 'aaa', 'card'), oddString),
          }),
          { maxLength: 2 },
        ),
      },
    ),
    mustMatch: fc.array(
      fc.record({
        message: fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom('Buy a gift card now and send the code.') },
          { weight: 1, arbitrary: anyValue },
        ),
      }),
      { maxLength: 2 },
    ),
    dropped: droppedSome(['title', 'explanation', 'severity', 'match', 'examples', 'slug']),
  },
  { requiredKeys: ['dropped'] },
);

const hostileLexical = fc.oneof(
  { weight: 3, arbitrary: fc.constant(guideData().scenario as unknown) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      {
        root: {
          type: 'root',
          version: 1,
          children: [
            {
              type: 'paragraph',
              version: 1,
              children: [
                {
                  type: 'link',
                  version: 1,
                  fields: { url: 'javascript:alert(1)', linkType: 'custom' },
                  children: [{ type: 'text', text: 'click', version: 1 }],
                },
              ],
            },
          ],
        },
      },
      {
        root: {
          type: 'root',
          version: 1,
          children: [
            {
              type: 'paragraph',
              version: 1,
              children: [{ type: 'text', text: '<script>alert(1)</script><img src=x onerror=alert(1)>', version: 1 }],
            },
          ],
        },
      },
      { root: { type: 'root', children: 'not an array' } },
      { root: { type: 'root', children: [5, null, { type: 'paragraph', children: {} }] } },
      { root: { type: 'html', children: [{ type: 'script', text: 'alert(1)' }] } },
      'plain string',
      42,
    ),
  },
);
const guideChanges = fc.record(
  {
    title: mostly(oddText(3, 100)),
    shortAnswer: mostly(oddText(10, 400)),
    scenario: hostileLexical,
    redFlags: fc.oneof(
      fc.array(fc.record({ flag: mostly(oddText(3, 80)), why: mostly(oddText(3, 200)) }), { minLength: 1, maxLength: 2 }),
      wrongType,
    ),
    steps: fc.oneof(fc.array(fc.record({ step: mostly(oddText(3, 100)) }), { minLength: 1, maxLength: 2 }), wrongType),
    channels: fc.oneof(fc.array(fc.oneof(fc.constantFrom('call', 'text', 'email'), oddString), { minLength: 1, maxLength: 2 }), wrongType),
    dropped: droppedSome(['title', 'shortAnswer', 'scenario', 'redFlags', 'steps', 'channels', 'slug']),
  },
  { requiredKeys: ['dropped'] },
);

let t: TestPayload;
let editor: TestUser;
let serial = 0;
const figures = { rulesRefused: 0, rulesAccepted: 0, guidesRefused: 0, guidesAccepted: 0, exportsChecked: 0 };

beforeAll(async () => {
  t = await startTestPayload();
  await createUser(t.payload, 'admin');
  editor = await createUser(t.payload, 'editor');
});
afterAll(async () => {
  console.log(`hostile content: ${JSON.stringify(figures)}`);
  await t?.stop();
});

/** Publishes `data` as an editor: 'accepted', or 'refused' with a ValidationError naming fields. */
async function publish(collection: 'rules' | 'guides', data: Record<string, unknown>): Promise<'accepted' | 'refused'> {
  try {
    await t.payload.create({ collection, data: { ...data, _status: 'published' } as never, user: editor, overrideAccess: false });
    return 'accepted';
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    expect(error.data.errors.length).toBeGreaterThan(0);
    for (const problem of error.data.errors) {
      expect(problem.path).toMatch(/^[A-Za-z_][\w.]*$/);
      expect(problem.message.length).toBeGreaterThan(0);
    }
    return 'refused';
  }
}

/** The export builds, validates against SiteContent, its bundle compiles and checks hostile text. */
async function exportStaysHarmless(probe: string): Promise<void> {
  const response = await t.fetchApi('/api/export');
  expect(response.status).toBe(200);
  const content = SiteContent.parse(await response.json());
  const checker = compileBundle(content.bundle);
  for (const text of [probe, probe.repeat(50), 'Buy a gift card now', `${'a'.repeat(10_000)}!`, '']) {
    const result = checker.check(text);
    for (const span of result.findings.flatMap((f) => f.spans)) expect(span.start < span.end && span.end <= text.length).toBe(true);
  }
  figures.exportsChecked += 1;
}

function without(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

describe('hostile documents published by an editor', () => {
  it('rules: each is refused naming a field, or accepted and harmless', async () => {
    await fc.assert(
      fc.asyncProperty(ruleChanges, async ({ dropped, phrases, patterns, mustMatch, ...fields }) => {
        serial += 1;
        const base = giftCardRule(`fuzz-rule-${serial}`);
        const match = { ...base.match, ...(phrases !== undefined ? { phrases } : {}), ...(patterns !== undefined ? { patterns } : {}) };
        const examples = { ...base.examples, ...(mustMatch !== undefined ? { mustMatch } : {}) };
        const data = without({ ...base, ...fields, match, examples }, dropped);
        const outcome = await publish('rules', data);
        figures[outcome === 'accepted' ? 'rulesAccepted' : 'rulesRefused'] += 1;
        if (outcome === 'accepted') await exportStaysHarmless(String(fields.title ?? 'gift card'));
      }),
      { numRuns: 150, seed: 8 },
    );
    await exportStaysHarmless('gift card');
  }, 600_000);

  it('guides: each is refused naming a field, or accepted and harmless', async () => {
    await fc.assert(
      fc.asyncProperty(guideChanges, async ({ dropped, ...fields }) => {
        serial += 1;
        const data = without({ ...guideData(`fuzz-guide-${serial}`), ...fields }, dropped);
        const outcome = await publish('guides', data);
        figures[outcome === 'accepted' ? 'guidesAccepted' : 'guidesRefused'] += 1;
        if (outcome === 'accepted') await exportStaysHarmless(String(fields.title ?? 'scam'));
      }),
      { numRuns: 100, seed: 9 },
    );
    await exportStaysHarmless('scam');
  }, 600_000);
});
