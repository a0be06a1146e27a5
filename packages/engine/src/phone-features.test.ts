import { describe, expect, it } from 'vitest';
import { findPhones, findShortCodes } from './extract-phones.js';
import { toKnownBrands } from './known-brands.js';
import { phoneFeatures } from './phone-features.js';

const brands = toKnownBrands([{ id: 'amazon', name: 'Amazon', aliases: [], domains: ['amazon.com'], phones: ['+18882804331'] }]);
const featuresOf = (text: string, named: number[] = []) => [...phoneFeatures(findPhones(text)[0]!, brands, new Set(named))].sort();

describe('findPhones', () => {
  it('parses national and international numbers to E.164', () => {
    expect(findPhones('call 1-888-280-4331 or (877) 390-2214, or +44 20 7946 0018').map((p) => [p.text, p.e164])).toEqual([
      ['1-888-280-4331', '+18882804331'],
      ['(877) 390-2214', '+18773902214'],
      ['+44 20 7946 0018', '+442079460018'],
    ]);
  });

  it('does not read amounts, times, dates or long order numbers as phone numbers', () => {
    expect(findPhones('$1,299.00 at 10:30 on 25/11/2026, order 112-3456789-1234567')).toEqual([]);
  });

  it('finds short codes by the words around them', () => {
    expect(findShortCodes('Text STOP to 80888, or forward it to 7726').map((c) => c.text)).toEqual(['80888', '7726']);
    expect(findShortCodes('I paid 7726 dollars')).toEqual([]);
  });
});

describe('phoneFeatures', () => {
  it('flags a number from outside the served countries as international', () => {
    expect(featuresOf('WhatsApp +234 803 123 4567')).toEqual(['any-phone', 'international']);
    expect(featuresOf('call +44 20 7946 0018')).toEqual(['any-phone']);
  });

  it('flags a premium-rate number', () => {
    expect(featuresOf('ring 0909 879 0000')).toEqual(['any-phone', 'premium-rate']);
  });

  it('flags a number that is not the named brand’s own, and not the brand’s real one', () => {
    expect(featuresOf('call 1-855-631-2204', [0])).toEqual(['any-phone', 'not-brand-official']);
    expect(featuresOf('call 1-888-280-4331', [0])).toEqual(['any-phone']);
  });
});
