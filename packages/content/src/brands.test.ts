import { Brand } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { readLaunchContent } from './index.js';

const { brands } = readLaunchContent();

describe('launch brands', () => {
  it('every brand parses with the Brand schema', () => {
    for (const brand of brands) expect(Brand.safeParse(brand).error?.issues ?? [], brand.id).toEqual([]);
  });

  it('has at least 15 brands with unique ids', () => {
    const ids = brands.map((brand) => brand.id);
    expect(ids.length).toBeGreaterThanOrEqual(15);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers the brands scammers imitate most', () => {
    const ids = new Set(brands.map((brand) => brand.id));
    for (const id of [
      'amazon',
      'apple',
      'paypal',
      'netflix',
      'microsoft',
      'usps',
      'royal-mail',
      'irs',
      'hmrc',
      'ssa',
      'chase',
      'barclays',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('lists every Amazon storefront a scam might imitate', () => {
    const amazon = brands.find((brand) => brand.id === 'amazon');
    expect(amazon?.domains).toEqual(expect.arrayContaining(['amazon.com', 'amazon.co.uk', 'amazon.ca', 'amazon.com.au', 'amazon.de']));
  });

  it('never gives one domain to two brands, so a link is official for at most one', () => {
    const owner = new Map<string, string>();
    for (const brand of brands) {
      for (const domain of brand.domains ?? []) {
        expect(owner.get(domain), `${domain} is listed by ${owner.get(domain)} and ${brand.id}`).toBeUndefined();
        owner.set(domain, brand.id);
      }
    }
  });

  it('writes phone numbers in E.164 form or as a short code', () => {
    for (const brand of brands) for (const phone of brand.phones ?? []) expect(phone, brand.id).toMatch(/^(?:\+[1-9]\d{6,14}|\d{3,6})$/);
  });

  it('says what each brand never asks for', () => {
    for (const brand of brands) expect((brand.neverAsks ?? []).length, brand.id).toBeGreaterThan(0);
  });
});
