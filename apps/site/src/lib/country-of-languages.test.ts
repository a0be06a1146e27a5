import { describe, expect, it } from 'vitest';
import { countryOfLanguages, languagesOfHeader } from './country-of-languages.js';

describe('countryOfLanguages', () => {
  it('takes the first language with a region', () => {
    expect(countryOfLanguages(['en-GB', 'en-US'])).toBe('uk');
    expect(countryOfLanguages(['en', 'en-AU'])).toBe('au');
    expect(countryOfLanguages(['fr-CA'])).toBe('ca');
    expect(countryOfLanguages(['zh-Hant-TW'])).toBe('other');
  });

  it('reads a region it does not serve as everywhere else, and no region as unknown', () => {
    expect(countryOfLanguages(['de-DE', 'en-GB'])).toBe('other');
    expect(countryOfLanguages(['en', 'fr'])).toBeUndefined();
    expect(countryOfLanguages([])).toBeUndefined();
  });
});

describe('languagesOfHeader', () => {
  it('orders the tags by preference and drops the wildcard and refused ones', () => {
    expect(languagesOfHeader('fr-CA;q=0.8, en-GB, *;q=0.1, de;q=0')).toEqual(['en-GB', 'fr-CA']);
    expect(languagesOfHeader(null)).toEqual([]);
    expect(languagesOfHeader('garbage;;q=x')).toEqual([]);
  });
});
