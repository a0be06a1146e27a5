import { describe, expect, it } from 'vitest';
import { foldLabel, isOfficialHost, toKnownBrands } from './known-brands.js';

const [amazon] = toKnownBrands([
  { id: 'amazon', name: 'Amazon', aliases: ['Amazon Prime'], domains: ['amazon.com', 'amazon.co.uk'], phones: [] },
]);

describe('isOfficialHost', () => {
  it('accepts an official domain and its subdomains', () => {
    expect(isOfficialHost(amazon!, 'amazon.com')).toBe(true);
    expect(isOfficialHost(amazon!, 'www.amazon.co.uk')).toBe(true);
  });

  it('refuses a host that only ends with the same letters or carries the domain further left', () => {
    expect(isOfficialHost(amazon!, 'notamazon.com')).toBe(false);
    expect(isOfficialHost(amazon!, 'amazon.com.secure-login.net')).toBe(false);
    expect(isOfficialHost(amazon!, 'com')).toBe(false);
  });
});

describe('toKnownBrands', () => {
  it('folds names, labels and one-word tokens for matching', () => {
    expect(amazon).toMatchObject({ names: ['amazon', 'amazon prime'], labels: ['amazon'], tokens: ['amazon', 'amazonprime'] });
    expect(foldLabel('аmаz0n-help')).toBe('amazonhelp');
  });
});
