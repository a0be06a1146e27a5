// The launch content as one bundle through the engine: patterns, combinations and every example.
import { compileBundle, formatProblem, validateBundle } from '@redflags/engine';
import { describe, expect, it } from 'vitest';
import { buildLaunchBundle, readLaunchContent } from '../index.js';

const bundle = buildLaunchBundle(readLaunchContent(), new Date('2026-01-01T00:00:00.000Z'));

describe('launch rules in the engine', () => {
  it('compile with every mustMatch and mustNotMatch example behaving', () => {
    const { problems } = validateBundle(bundle);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  const checker = compileBundle(bundle);

  it('reads the Amazon "$799 iPhone" voicemail as high', () => {
    const voicemail =
      'This is Amazon fraud prevention. A purchase of an iPhone for $799.00 was detected on your account. If you did not make this purchase, press 1 or call 1-844-555-0181.';
    expect(checker.check(voicemail).level).toBe('high');
  });

  it('finds no warning signs in "Running 10 min late, save me a seat x"', () => {
    expect(checker.check('Running 10 min late, save me a seat x').level).toBe('none');
  });

  it('finds no warning signs in a genuine code text that says never share it', () => {
    expect(checker.check('Your Acme sign-in code is 731904. Never share this code with anyone; we will never ask for it.').level).toBe(
      'none',
    );
  });

  it('finds no warning signs in a friend asking to borrow money in person', () => {
    expect(checker.check("Could you lend me £40 till payday? I'll pop round tonight and pay you back Friday").level).toBe('none');
  });

  it('finds no warning signs in a real delivery notice', () => {
    expect(checker.check('Your DPD parcel will arrive today between 10:15 and 11:15. Track it at https://www.dpd.co.uk').level).toBe(
      'none',
    );
  });

  it('reads a "Hi Mum" new-number message that asks for money as high', () => {
    expect(checker.check('Hi Mum, I dropped my phone, this is my new number. Can you help me pay a bill today?').level).toBe('high');
  });

  it('reads a boss asking for gift-card codes as high', () => {
    expect(checker.check('Are you free? I need you to buy 4 Apple gift cards for a client and send me the codes, it is urgent').level).toBe(
      'high',
    );
  });

  it('reads a lookalike bank link with a locked-account story as high', () => {
    const result = checker.check(
      'Wells Fargo: your account is locked due to unusual activity. Restore access at https://wellsfargo-restore-access.com',
    );
    expect(result.level).toBe('high');
    expect(result.findings.map((finding) => finding.ruleId)).toContain('link-brand-in-unrelated-domain');
  });
});
