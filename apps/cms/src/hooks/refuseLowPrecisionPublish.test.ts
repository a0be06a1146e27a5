// Publishing a rule whose hits on the test messages (train part) are under 80 % scams needs the editor's
// confirmation (the publishDespiteLowPrecision box); a confirmed publish records who and when.
import { ValidationError } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, giftCardRule, type TestUser } from '../testing/fixtures.js';
import { startTestPayload, type TestPayload } from '../testing/start-test-payload.js';

let t: TestPayload;
let editor: TestUser;
beforeAll(async () => {
  t = await startTestPayload();
  editor = await createUser(t.payload, 'editor');
  const messages = [
    { text: 'Buy a gift card now and send me the code', label: 'scam', source: 'q001 · invented' },
    { text: 'Thanks for the gift card, see you Sunday', label: 'legit', source: 'q002 · invented' },
    { text: 'Dinner at eight?', label: 'legit', source: 'q003 · invented' },
  ] as const;
  for (const data of messages) await t.payload.create({ collection: 'test-messages', data, overrideAccess: true });
});
afterAll(() => t.stop());

async function publishAsEditor(data: Record<string, unknown>) {
  return t.payload.create({
    collection: 'rules',
    data: { ...giftCardRule(data.slug as string), ...data, _status: 'published' },
    user: editor,
    overrideAccess: false,
  });
}

describe('publishing a rule with S/O below 0.8 on the test messages', () => {
  it('is refused on the publishDespiteLowPrecision field, naming the S/O and the harmless hit', async () => {
    const error = await publishAsEditor({ slug: 'low-precision' }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValidationError);
    const errors = (error as ValidationError).data.errors;
    expect(errors.map((e) => e.path)).toEqual(['publishDespiteLowPrecision']);
    expect(errors[0]!.message).toContain('S/O 0.50: 1 scam, 1 harmless — q002');
    expect(errors[0]!.message).toContain('tick "Publish despite low precision"');
    expect((await t.payload.count({ collection: 'rules', overrideAccess: true })).totalDocs).toBe(0);
  });

  it('is published when the box is ticked, recording the editor and the time, and the box is cleared', async () => {
    const before = Date.now();
    const doc = await publishAsEditor({ slug: 'low-precision-confirmed', publishDespiteLowPrecision: true });
    expect(doc._status).toBe('published');
    expect(doc.publishDespiteLowPrecision).toBe(false);
    expect(doc.lowPrecisionPublishedBy).toBe(editor.email);
    const at = Date.parse(doc.lowPrecisionPublishedAt ?? '');
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now());
  });

  it('clears the record when the rule is narrowed and published again, and never takes a record sent by a client', async () => {
    const doc = await publishAsEditor({ slug: 'narrowed', publishDespiteLowPrecision: true });
    const draft = await t.payload.update({
      collection: 'rules',
      id: doc.id,
      draft: true,
      user: editor,
      overrideAccess: false,
      data: { lowPrecisionPublishedBy: 'someone else', _status: 'draft' },
    });
    expect(draft.lowPrecisionPublishedBy).toBe(editor.email);
    const narrowed = await t.payload.update({
      collection: 'rules',
      id: doc.id,
      user: editor,
      overrideAccess: false,
      data: {
        match: { phrases: [{ phrase: 'send me the code' }] },
        examples: { mustMatch: [{ message: 'Please send me the code now.' }], mustNotMatch: [] },
        _status: 'published',
      },
    });
    expect(narrowed).toMatchObject({ _status: 'published', lowPrecisionPublishedBy: null, lowPrecisionPublishedAt: null });
  });

  it('counts only the train part: a harmless hit among the test part’s messages does not hold a publish back', async () => {
    await t.payload.create({
      collection: 'test-messages',
      data: { text: 'Pay the fine today with a voucher card code', label: 'scam', part: 'train', source: 'q004 · invented' },
      overrideAccess: true,
    });
    await t.payload.create({
      collection: 'test-messages',
      data: { text: 'Got you a voucher card for your birthday', label: 'legit', part: 'test', source: 'q005 · invented' },
      overrideAccess: true,
    });
    const doc = await publishAsEditor({
      slug: 'voucher-card',
      match: { phrases: [{ phrase: 'voucher card' }] },
      examples: { mustMatch: [{ message: 'Read me the voucher card numbers.' }], mustNotMatch: [] },
    });
    expect(doc).toMatchObject({ _status: 'published', lowPrecisionPublishedBy: null });
  });
});
