import { describe, expect, it } from 'vitest';
import { visitorCountry } from './visitor-country.js';

/** A storage holding `country` as the visitor's earlier choice, or nothing. */
const kept = (country?: string): Pick<Storage, 'getItem'> => ({
  getItem: (key) => (key === 'redflags:country' ? (country ?? null) : null),
});

describe('visitorCountry', () => {
  it("reads the browser's languages when nothing else is known", () => {
    expect(visitorCountry({ languages: ['en-GB', 'en'], storage: kept() })).toBe('uk');
    expect(visitorCountry({ languages: ['fr-FR'], storage: kept() })).toBe('other');
    expect(visitorCountry({ languages: ['en'], storage: kept() })).toBeUndefined();
  });

  it('prefers the country the page was served with to the languages', () => {
    expect(visitorCountry({ pageCountry: 'au', languages: ['en-GB'], storage: kept() })).toBe('au');
  });

  it('prefers the choice kept in this browser to the page and the languages', () => {
    expect(visitorCountry({ pageCountry: 'au', languages: ['en-GB'], storage: kept('ca') })).toBe('ca');
  });

  it('passes over an empty or unknown page country and a kept value that is not a country', () => {
    expect(visitorCountry({ pageCountry: '', languages: ['en-US'], storage: kept('narnia') })).toBe('us');
    expect(visitorCountry({ pageCountry: 'narnia', languages: ['en-US'], storage: kept() })).toBe('us');
  });
});
