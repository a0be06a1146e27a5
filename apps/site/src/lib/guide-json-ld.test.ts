import type { Guide } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { guideJsonLd } from './guide-json-ld.js';

const base = {
  slug: 'x-scam',
  title: 'Is X a scam?',
  shortAnswer: 'Yes.',
  publishedAt: '2026-10-01T00:00:00.000Z',
  faq: [{ question: 'Q?', answer: 'A.' }],
} as Guide;

describe('guideJsonLd', () => {
  it('describes the guide as an Article and its questions as a FAQPage', () => {
    const [article, faq] = guideJsonLd(base, 'https://redflags.test/guides/x-scam/');
    expect(article).toMatchObject({
      '@type': 'Article',
      headline: 'Is X a scam?',
      datePublished: base.publishedAt,
      dateModified: base.publishedAt,
      mainEntityOfPage: 'https://redflags.test/guides/x-scam/',
    });
    expect(faq).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } }],
    });
  });

  it('leaves out the FAQPage when the guide has no questions', () => {
    expect(guideJsonLd({ ...base, faq: [] }, 'https://redflags.test/').map((d) => d['@type'])).toEqual(['Article']);
  });
});
