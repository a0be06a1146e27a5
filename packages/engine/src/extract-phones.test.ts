import fc from 'fast-check';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { findPhones } from './extract-phones.js';
import { PHONE_METADATA } from './phone-metadata.generated.js';

const SERVED: readonly CountryCode[] = ['US', 'CA', 'GB', 'AU', 'NZ', 'IE'];

describe('findPhones', () => {
  it('reads national numbers of the served countries with their type', () => {
    expect(findPhones('call 1-888-280-4331 or 020 7946 0018').map((p) => [p.e164, p.type])).toEqual([
      ['+18882804331', 'TOLL_FREE'],
      ['+442079460018', 'FIXED_LINE'],
    ]);
  });

  it('skips digit runs that are no valid number in any served country', () => {
    expect(findPhones('order 0000 000 000 shipped')).toEqual([]);
  });

  it('relies on typed metadata: for every served country a number is valid exactly when it has a type', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SERVED),
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 7, maxLength: 12 }),
        (country, digits) => {
          const parsed = parsePhoneNumberFromString(digits, country, PHONE_METADATA);
          if (parsed === undefined) return true;
          return parsed.isValid() === (parsed.getType() !== undefined);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
