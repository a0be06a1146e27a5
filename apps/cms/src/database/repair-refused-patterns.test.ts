// The one-off repair of launch rules whose stored pattern the engine now refuses, and the migration that runs it.
import type { MigrateUpArgs } from '@payloadcms/db-sqlite';
import { readLaunchContent } from '@redflags/content';
import type { RuleInput } from '@redflags/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuleDocument } from '../mapping/rule.js';
import { giftCardRule } from '../testing/fixtures.js';
import { startTestPayload, type TestPayload } from '../testing/start-test-payload.js';
import { up } from '../migrations/20261202_191745_repair_refused_launch_patterns.js';
import { repairRefusedPatterns } from './repair-refused-patterns.js';

// Two wide quantifiers: what the launch rule 'survey-reward' held before the engine's risk screen.
const REFUSED = '\\b(?:reward|\\$\\d+)\\b[^.!?\\n]{0,60}\\bsurvey\\b';
const FIXED = '\\b(?:reward|\\$\\d{1,7})\\b[^.!?\\n]{0,60}\\bsurvey\\b';
const EDITORS_OWN = '\\bquick survey\\b';

function launchRule(id: string): RuleInput {
  return {
    id,
    title: 'Big reward for a short survey',
    explanation: 'Real surveys do not pay hundreds for a minute of your time.',
    severity: 'moderate',
    match: {
      patterns: [
        { regex: '\\bshort survey\\b', literal: 'survey' },
        { regex: FIXED, literal: 'survey' },
      ],
    },
    examples: { mustMatch: ['Win a $500 reward for our short survey'], mustNotMatch: ['Lunch is at noon'] },
  };
}

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
});
afterAll(() => t.stop());

/** Stores a published rule with `patterns`, those in `refused` written past the save hooks as an older version did. */
async function storedRule(slug: string, patterns: { regex: string; literal: string }[], refused = [REFUSED]): Promise<string | number> {
  const safe = patterns.map((pattern) => (refused.includes(pattern.regex) ? { ...pattern, regex: FIXED } : pattern));
  const base = giftCardRule(slug);
  const created = await t.payload.create({
    collection: 'rules',
    data: { ...base, match: { ...base.match, patterns: safe }, _status: 'published' },
    overrideAccess: true,
    draft: false,
    context: { skipSiteRebuild: true },
  });
  // Rows keep the ids Payload gave them; only the regular expressions change.
  const match = (await read(created.id)).match!;
  const rows = match.patterns!.map((row, index) => ({ ...row, regex: patterns[index]!.regex }));
  await t.payload.db.updateOne({ collection: 'rules', id: created.id, data: { match: { ...match, patterns: rows } } });
  return created.id;
}

async function read(id: string | number): Promise<RuleDocument> {
  return (await t.payload.findByID({ collection: 'rules', id, depth: 0, draft: false, overrideAccess: true })) as RuleDocument;
}

describe('repairRefusedPatterns', () => {
  it('gives a refused pattern the launch version, leaves the rest of the rule as stored, and does it once', async () => {
    const id = await storedRule('survey-one', [
      { regex: EDITORS_OWN, literal: 'survey' },
      { regex: REFUSED, literal: 'survey' },
    ]);
    expect((await read(id)).match?.patterns?.[1]?.regex).toBe(REFUSED);

    const report = await repairRefusedPatterns(t.payload, [launchRule('survey-one')]);
    expect(report).toEqual({
      repaired: ["rule 'survey-one': pattern 2 (refused by the engine's safety check) now has the launch version"],
      failed: [],
    });
    const repaired = await read(id);
    expect(repaired.match?.patterns?.map((p) => p.regex)).toEqual([EDITORS_OWN, FIXED]);
    expect(repaired.match?.phrases?.map((p) => p.phrase)).toEqual(['gift card', 'steam card']);
    expect(repaired.title).toBe('Asks for payment in gift cards');
    expect(repaired._status).toBe('published');

    expect(await repairRefusedPatterns(t.payload, [launchRule('survey-one')])).toEqual({ repaired: [], failed: [] });
  });

  it('leaves a refused pattern alone when the launch rule has no pattern with its literal in that place', async () => {
    const id = await storedRule('survey-two', [{ regex: REFUSED, literal: 'survey' }]);
    const launch = launchRule('survey-two');
    const moved = { ...launch, match: { patterns: [{ regex: FIXED.replace('survey', 'poll'), literal: 'poll' }] } };
    expect(await repairRefusedPatterns(t.payload, [moved])).toEqual({ repaired: [], failed: [] });
    expect((await read(id)).match?.patterns?.[0]?.regex).toBe(REFUSED);
  });

  it('skips launch rules the database does not have', async () => {
    expect(await repairRefusedPatterns(t.payload, [launchRule('never-stored')])).toEqual({ repaired: [], failed: [] });
  });

  it('runs as a migration with the launch content, giving the launch rule back its current pattern', async () => {
    const launch = readLaunchContent().rules.find((rule) => rule.id === 'survey-reward')!.match.patterns!;
    // What the rule held before the engine's risk screen: unbounded amounts before a wide gap.
    const older = launch[2]!.regex.replaceAll('\\d{1,7}', '\\d+');
    const id = await storedRule('survey-reward', [launch[0]!, launch[1]!, { regex: older, literal: 'survey' }], [older]);
    expect((await read(id)).match?.patterns?.[2]?.regex).toBe(older);

    await up({ payload: t.payload, req: { payload: t.payload } } as unknown as MigrateUpArgs);
    expect((await read(id)).match?.patterns?.map((p) => p.regex)).toEqual(launch.slice(0, 3).map((p) => p.regex));
  });
});
