// The first start on an empty database: after the seed, the corpus becomes the test messages,
// each in its corpus part, and a model trained on them is live and in the bundle; a second start imports
// and trains nothing. A small seed stands in for the launch content (the real one takes a minute).
import { readCorpus } from '@redflags/corpus';
import { RuleBundle, type CorpusPart, type ScoringModel } from '@redflags/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallLaunchContent } from '../seed/fixtures/small-launch-content.js';
import { startTestPayload, type TestPayload } from '../testing/start-test-payload.js';
import { prepareDatabase } from './prepare-database.js';

let t: TestPayload;
let firstStartSeconds: number;
beforeAll(async () => {
  t = await startTestPayload();
  const started = performance.now();
  await prepareDatabase(t.payload, { seedWhenEmpty: true, content: smallLaunchContent });
  firstStartSeconds = (performance.now() - started) / 1000;
});
afterAll(() => t.stop());

const countMessages = (part?: CorpusPart) =>
  t.payload
    .count({ collection: 'test-messages', overrideAccess: true, ...(part ? { where: { part: { equals: part } } } : {}) })
    .then((r) => r.totalDocs);

describe('the first start', () => {
  it('imports the corpus into the test messages, each message in its corpus part', async () => {
    const corpus = readCorpus();
    expect(await countMessages()).toBe(corpus.length);
    expect(await countMessages('train')).toBe(corpus.filter((m) => m.part === 'train').length);
    expect(await countMessages('test')).toBe(corpus.filter((m) => m.part === 'test').length);
    const first = corpus.find((m) => m.part === 'test')!;
    const stored = await t.payload.find({
      collection: 'test-messages',
      where: { source: { like: `${first.id} · ` } },
      overrideAccess: true,
    });
    expect(stored.docs.map((d) => [d.text, d.label, d.part])).toEqual([[first.text, first.label, 'test']]);
  });

  it('trains a live model on the train part, measures it on the test part, and publishes it in the bundle', async () => {
    console.log(`first start with the small seed: ${firstStartSeconds.toFixed(1)} s (corpus import and training included)`);
    const models = await t.payload.find({ collection: 'scoring-models', overrideAccess: true });
    expect(models.docs.map((d) => [d.status, d.trainedBy])).toEqual([['live', 'first start']]);
    const bundle = RuleBundle.parse(await (await t.fetchApi('/api/bundle')).json());
    expect(bundle.model?.trainedAt).toBe(models.docs[0]!.trainedAt);
    expect(bundle.model?.trainedOn).toBe(
      '727 test messages (train part: 727 imported, 0 added in the admin); 311 more held out (test part); and 73 genuine service messages the team wrote, learned from and never measured',
    );
    expect(bundle.model?.figures.test).toMatchObject({ scams: { total: 161 }, harmless: { total: 150 } });
    expect(bundle.model?.figures.crossValidated).toMatchObject({ scams: { total: 377 }, harmless: { total: 350 } });
    expect(Object.keys(bundle.model?.ruleWeights ?? {}).sort()).toEqual(
      bundle.rules
        .filter((r) => r.scored)
        .map((r) => r.id)
        .sort(),
    );
  });

  it('imports and trains nothing on the next start', async () => {
    const before = await t.payload.find({ collection: 'scoring-models', overrideAccess: true });
    await prepareDatabase(t.payload, { seedWhenEmpty: true, content: smallLaunchContent });
    expect(await countMessages()).toBe(readCorpus().length);
    const after = await t.payload.find({ collection: 'scoring-models', overrideAccess: true });
    expect(after.docs.map((d) => [d.id, d.status, d.updatedAt])).toEqual(before.docs.map((d) => [d.id, d.status, d.updatedAt]));
  });

  it('retires a live model made for an older engine, keeping it, and trains a new one in its place', async () => {
    const [live] = (await t.payload.find({ collection: 'scoring-models', where: { status: { equals: 'live' } }, overrideAccess: true }))
      .docs;
    const stale = { ...(live!.model as ScoringModel), text: { ...(live!.model as ScoringModel).text, featuresVersion: 1 } };
    // Written to the database directly, as a model saved before the upgrade was.
    await t.payload.db.updateOne({ collection: 'scoring-models', id: live!.id, data: { model: stale } });
    await prepareDatabase(t.payload, { seedWhenEmpty: true, content: smallLaunchContent });
    const models = await t.payload.find({ collection: 'scoring-models', sort: 'createdAt', overrideAccess: true });
    expect(models.docs.map((d) => [d.id === live!.id, d.status])).toEqual([
      [true, 'retired'],
      [false, 'live'],
    ]);
    const bundle = RuleBundle.parse(await (await t.fetchApi('/api/bundle')).json());
    expect(bundle.model?.trainedAt).toBe(models.docs[1]!.trainedAt);
  });

  it('imports nothing into a CMS that already has test messages of its own', async () => {
    const own = await startTestPayload();
    try {
      await own.payload.create({
        collection: 'test-messages',
        data: { text: 'Our own invented test message', label: 'legit' },
        overrideAccess: true,
      });
      await prepareDatabase(own.payload, { seedWhenEmpty: true, content: smallLaunchContent });
      const stored = await own.payload.find({ collection: 'test-messages', overrideAccess: true });
      expect(stored.docs.map((d) => [d.text, d.part])).toEqual([['Our own invented test message', 'train']]);
      // One harmless message is nothing to learn from: no model, and the start goes on.
      expect((await own.payload.count({ collection: 'scoring-models', overrideAccess: true })).totalDocs).toBe(0);
    } finally {
      await own.stop();
    }
  });
});
