// Importing labelled messages into a temporary CMS: duplicates (after normalising) are skipped with
// the message they repeat, bad lines are reported with their line number, `odd` keeps the even half out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPayload, type TestPayload } from '../testing/start-test-payload.js';
import { importMessages } from './import-messages.js';
import { readMessagesFile } from './read-messages-file.js';

const line = (id: string, label: string, text: string) =>
  JSON.stringify({ id, label, channel: 'sms', kind: label === 'scam' ? 'delivery' : 'none', text, source: 'invented' });

const file = [
  line('t001', 'scam', 'Your parcel is held, pay the fee at parcel-fee.example'),
  line('t002', 'legit', 'See you at seven for dinner'),
  '{"id": "t003", "label": "scam", "channel": "sms"',
  line('t004', 'scam', 'YOUR  PARCEL is held, pay the fee at parcel-fee.example'),
  '',
  JSON.stringify({ id: 't006', label: 'maybe', channel: 'sms', kind: 'none', text: 'Hello', source: '' }),
  line('t007', 'legit', 'Dentist appointment moved to Friday'),
].join('\n');

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
});
afterAll(() => t.stop());

describe('readMessagesFile', () => {
  it('reports each bad line with its number and what is wrong', () => {
    const { messages, badLines } = readMessagesFile(file);
    expect(messages.map((m) => [m.line, m.message.id])).toEqual([
      [1, 't001'],
      [2, 't002'],
      [4, 't004'],
      [7, 't007'],
    ]);
    expect(badLines.map((b) => b.line)).toEqual([3, 6]);
    expect(badLines[0]!.problem).toMatch(/^not JSON/);
    expect(badLines[1]!.problem).toContain('label');
  });

  it('keeps only the odd-numbered ids with "odd"', () => {
    expect(readMessagesFile(file, 'odd').messages.map((m) => m.message.id)).toEqual(['t001', 't007']);
    expect(readMessagesFile(file, 'even').messages.map((m) => m.message.id)).toEqual(['t002', 't004']);
  });
});

describe('importMessages', () => {
  it('imports new texts in their part (train unless given) and skips a repeat within the file, naming the line it repeats', async () => {
    const messages = readMessagesFile(file).messages.map((m) => (m.message.id === 't007' ? { ...m, part: 'test' as const } : m));
    const report = await importMessages(t.payload, messages);
    expect(report.imported).toBe(3);
    expect(report.skipped).toEqual([{ line: 4, id: 't004', reason: 'same text (after normalising) as t001 on line 1' }]);
    const stored = await t.payload.find({ collection: 'test-messages', overrideAccess: true, sort: 'createdAt', limit: 10 });
    expect(stored.docs.map((d) => [d.label, d.part, d.channel, d.kind, d.source])).toEqual([
      ['scam', 'train', 'sms', 'delivery', 't001 · invented'],
      ['legit', 'train', 'sms', 'none', 't002 · invented'],
      ['legit', 'test', 'sms', 'none', 't007 · invented'],
    ]);
  });

  it('skips on a second run every message already in the CMS', async () => {
    const report = await importMessages(t.payload, readMessagesFile(file).messages);
    expect(report.imported).toBe(0);
    expect(report.skipped.map((s) => s.line)).toEqual([1, 2, 4, 7]);
    expect(report.skipped[0]!.reason).toMatch(
      /^same text \(after normalising\) as test message \S+ already in the CMS \(source t001 · invented\)$/,
    );
    expect((await t.payload.count({ collection: 'test-messages', overrideAccess: true })).totalDocs).toBe(3);
  });
});
