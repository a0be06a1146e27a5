import { Brand, Rule } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprintRules } from './rules-fingerprint.js';

const rule = (id: string, phrase: string) =>
  Rule.parse({
    id,
    title: `Says ${phrase}`,
    explanation: 'An invented rule for this test.',
    severity: 'moderate',
    match: { phrases: [phrase] },
  });
const brand = Brand.parse({ id: 'parcelco', name: 'ParcelCo', domains: ['parcelco.example'], neverAsks: ['a fee by text'] });
const trained = fingerprintRules({ rules: [rule('fee', 'pay a fee'), rule('code', 'send the code')], brands: [brand] });

describe('compareFingerprints', () => {
  it('sees no change when only titles, explanations, examples or what a brand never asks changed', () => {
    const reworded = {
      ...rule('fee', 'pay a fee'),
      title: 'Asks for a fee',
      explanation: 'Reworded for editors.',
      examples: { mustMatch: ['Pay a fee now'], mustNotMatch: [] },
    };
    const now = fingerprintRules({
      rules: [reworded, rule('code', 'send the code')],
      brands: [{ ...brand, neverAsks: ['anything by text'] }],
    });
    expect(compareFingerprints(trained, now)).toBeNull();
  });

  it('names the rules added, changed and unpublished, and a brand change', () => {
    const now = fingerprintRules({
      rules: [rule('fee', 'pay a small fee'), rule('prize', 'you have won')],
      brands: [{ ...brand, domains: ['parcelco.example', 'parcelco.test'] }],
    });
    expect(compareFingerprints(trained, now)).toEqual({ added: ['prize'], changed: ['fee'], removed: ['code'], brandsChanged: true });
  });

  it('counts a new severity as a change', () => {
    const now = fingerprintRules({
      rules: [{ ...rule('fee', 'pay a fee'), severity: 'strong' }, rule('code', 'send the code')],
      brands: [brand],
    });
    expect(compareFingerprints(trained, now)).toEqual({ added: [], changed: ['fee'], removed: [], brandsChanged: false });
  });
});
