import type { Brand, Guide } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { facetPath, listFacetValues } from './guide-facets.js';

const guide = (slug: string, channels: Guide['channels'], kinds: string[], brands: string[]) =>
  ({ slug, channels, kinds, brands }) as Guide;
const guides = [
  guide('a', ['call', 'text'], ['delivery'], ['royal-mail']),
  guide('b', ['text'], ['otp-theft'], []),
  guide('c', ['email'], ['delivery'], ['unknown-brand']),
];
const brands = new Map<string, Brand>([['royal-mail', { id: 'royal-mail', name: 'Royal Mail' } as Brand]]);

describe('listFacetValues', () => {
  it('lists only values that have guides, channels first in their fixed order, then brands and kinds sorted', () => {
    const values = listFacetValues(guides, brands).map((v) => `${v.facet}:${v.value}:${v.label}:${v.guides.map((g) => g.slug).join('')}`);
    expect(values).toEqual([
      'channel:call:Phone calls:a',
      'channel:text:Texts:ab',
      'channel:email:Emails:c',
      'brand:royal-mail:Royal Mail:a',
      'brand:unknown-brand:Unknown brand:c',
      'kind:delivery:Delivery:ac',
      'kind:otp-theft:Otp theft:b',
    ]);
  });
});

describe('facetPath', () => {
  it('is a static page per value', () => {
    expect(facetPath('brand', 'royal-mail')).toBe('/guides/brand/royal-mail/');
  });
});
