import { describe, expect, it } from 'vitest';
import { findLinks } from './extract-links.js';
import { parseHost } from './parse-host.js';
import { toKnownBrands } from './known-brands.js';
import { editDistance, hasCodedPath, linkFeatures } from './link-features.js';

const brands = toKnownBrands([
  { id: 'amazon', name: 'Amazon', aliases: ['amzn'], domains: ['amazon.com', 'amazon.co.uk'], phones: [] },
  { id: 'royal-mail', name: 'Royal Mail', aliases: [], domains: ['royalmail.com'], phones: [] },
  { id: 'cra', name: 'Canada Revenue Agency', aliases: ['cra'], domains: ['canada.ca'], phones: [] },
  { id: 'google', name: 'Google', aliases: [], domains: ['google.com'], phones: [] },
]);
const featuresOf = (text: string, named: number[] = []) =>
  [...linkFeatures(findLinks(text, parseHost).links[0]!, brands, new Set(named))].sort();

describe('findLinks', () => {
  it('finds links with and without a scheme and splits the host with the Public Suffix List', () => {
    const { links } = findLinks('Go to https://secure.amazon-login.co.uk/x?y=1, or parcel-help.top/abc.', parseHost);
    expect(links.map((l) => [l.text, l.host, l.domain, l.label, l.subdomain])).toEqual([
      ['https://secure.amazon-login.co.uk/x?y=1', 'secure.amazon-login.co.uk', 'amazon-login.co.uk', 'amazon-login', 'secure'],
      ['parcel-help.top/abc', 'parcel-help.top', 'parcel-help.top', 'parcel-help', ''],
    ]);
  });

  it('does not take file names, abbreviations or e-mail addresses for links', () => {
    expect(findLinks('see file.txt, e.g. this, or mail bob@example.com', parseHost).links).toEqual([]);
    expect(findLinks('mail bob@example.com', parseHost).emails.map((e) => e.domain)).toEqual(['example.com']);
  });
});

describe('linkFeatures', () => {
  it('flags a lookalike of a known brand domain', () => {
    for (const host of ['arnazon.com', 'amaz0n.co', 'amazom.com', 'amazon-support.com']) {
      expect(featuresOf(host), host).toContain('brand-lookalike');
    }
  });

  it('does not flag the brand’s own domains or unrelated ones', () => {
    expect(featuresOf('https://www.amazon.co.uk/orders')).toEqual(['any-link']);
    expect(featuresOf('amazing.com')).toEqual(['any-link', 'not-an-official-site']);
  });

  it('does not take an everyday word in a brand’s domain for its name inside other owners’ domains', () => {
    expect(featuresOf('Track it on canadapost.ca')).toEqual(['any-link', 'not-an-official-site']);
    expect(featuresOf('book at aircanada.com')).toEqual(['any-link', 'not-an-official-site']);
    expect(featuresOf('sign in at canada-revenue-agency.help')).toContain('brand-in-unrelated-domain');
    expect(featuresOf('canadda.ca/benefits')).toContain('brand-lookalike');
  });

  it('flags a brand name inside an unrelated domain or its subdomain', () => {
    expect(featuresOf('amazon.account-check.net/login')).toEqual(['any-link', 'brand-in-unrelated-domain', 'not-an-official-site']);
    expect(featuresOf('royal-mail-redelivery.com')).toContain('brand-in-unrelated-domain');
    expect(featuresOf('http://CRA-verify-online.com')).toContain('brand-in-unrelated-domain');
    expect(featuresOf('miracle-cures.com')).toEqual(['any-link', 'not-an-official-site']);
  });

  it('tells a brand’s own site from anywhere else, and from the places on its domains where anyone can publish', () => {
    expect(featuresOf('check its status on parcel-status.info')).toEqual(['any-link', 'not-an-official-site']);
    expect(featuresOf('Track it at https://www.royalmail.com/track-your-item')).toEqual(['any-link']);
    expect(featuresOf('Update here: https://docs.google.com/forms/d/e/1FAIpQL/viewform')).toContain('not-an-official-site');
    expect(featuresOf('Sign in at https://accounts.google.com')).toEqual(['any-link']);
  });

  it('flags a domain that is not the named brand’s own', () => {
    expect(featuresOf('see track-parcel.info', [1])).toEqual(['any-link', 'not-an-official-site', 'unofficial-domain-for-named-brand']);
    expect(featuresOf('see royalmail.com/track', [1])).toEqual(['any-link']);
  });

  it('flags punycode and non-ASCII hosts, shorteners and raw IP addresses', () => {
    expect(featuresOf('https://xn--amzon-9ua.com')).toContain('punycode');
    expect(featuresOf('аmazon.com/login')).toEqual([
      'any-link',
      'brand-in-unrelated-domain',
      'brand-lookalike',
      'not-an-official-site',
      'punycode',
    ]);
    expect(featuresOf('bit.ly/3xYz')).toEqual(['any-link', 'coded-path', 'not-an-official-site', 'shortener']);
    expect(featuresOf('http://203.0.113.7/login')).toEqual(['any-link', 'ip-address', 'not-an-official-site']);
  });
});

describe('editDistance', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('amazon', 'amzaon')).toBe(1);
    expect(editDistance('amazon', 'amazing')).toBe(2);
  });
});

describe('hasCodedPath', () => {
  it('reads a path that starts with letters mixed with digits, or with mixed case, as a code', () => {
    for (const link of ['qinpwhe.com/xA9dXLMD', 'https://bit.ly/3Nx3ar6', 'ubavul.online/vT3LWrR', 'parcel-help.com/a8x2k'])
      expect(hasCodedPath(link), link).toBe(true);
  });

  it('does not read words, order numbers or a bare address as a code', () => {
    for (const link of [
      'example.com/contact',
      'example.com/Contact',
      'example.com/569485',
      'https://www.dpd.co.uk',
      'cesbc.us/',
      'amazon.com/gp/your-account',
    ]) {
      expect(hasCodedPath(link), link).toBe(false);
    }
  });
});
