import { describe, expect, it } from 'vitest';
import { Brand, Guide, ReportingBody } from './index.js';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('Guide', () => {
  const guide = {
    slug: 'amazon-fraud-prevention-call',
    title: 'Is that Amazon fraud prevention call a scam?',
    shortAnswer: 'Yes. Amazon does not call about suspicious purchases and ask you to press 1.',
    scenario: { root: { type: 'root', children: [paragraph('A recorded voice says…')] } },
    redFlags: [{ flag: 'Press 1', why: 'It connects you to the scammer.' }],
    steps: [{ step: 'Hang up.' }],
    channels: ['call'],
    publishedAt: '2026-11-25T10:00:00.000Z',
  };

  it('accepts a complete guide', () => {
    expect(Guide.parse(guide).slug).toBe('amazon-fraud-prevention-call');
  });

  it('refuses a guide with no steps, naming the field', () => {
    const result = Guide.safeParse({ ...guide, steps: [] });
    expect(result.error!.issues[0]).toMatchObject({ path: ['steps'], message: 'a guide needs at least one step in "what to do"' });
  });

  it('refuses rich text that is not a Lexical document', () => {
    const result = Guide.safeParse({ ...guide, scenario: '<p>html</p>' });
    expect(result.error!.issues[0]!.path).toEqual(['scenario']);
  });
});

describe('Brand', () => {
  it('lowercases domains and refuses a URL in place of a domain', () => {
    expect(Brand.parse({ id: 'amazon', name: 'Amazon', domains: ['Amazon.co.uk'] }).domains).toEqual(['amazon.co.uk']);
    const result = Brand.safeParse({ id: 'amazon', name: 'Amazon', domains: ['https://amazon.com/'] });
    expect(result.error!.issues[0]!.path).toEqual(['domains', 0]);
  });

  it('accepts international numbers and short codes but not formatted national numbers', () => {
    expect(Brand.safeParse({ id: 'x-brand', name: 'Example', phones: ['+18882804331', '7726'] }).success).toBe(true);
    expect(Brand.safeParse({ id: 'x-brand', name: 'Example', phones: ['(888) 280-4331'] }).success).toBe(false);
  });
});

describe('ReportingBody', () => {
  it('refuses a link that is not http(s)', () => {
    const result = ReportingBody.safeParse({
      id: 'action-fraud',
      country: 'uk',
      name: 'Action Fraud',
      whatToReport: 'Report fraud and cyber crime in England, Wales and Northern Ireland.',
      channels: ['call'],
      situations: ['lost-money'],
      link: 'javascript:alert(1)',
    });
    expect(result.error!.issues[0]!.path).toEqual(['link']);
  });
});
