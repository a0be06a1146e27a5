// Structured data for a guide page: an Article, and a FAQPage when the guide has questions.
import type { Guide } from '@redflags/schema';

/** schema.org objects for the guide at `url`. */
export function guideJsonLd(guide: Guide, url: string): Record<string, unknown>[] {
  const article = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: guide.title,
    description: guide.shortAnswer,
    datePublished: guide.publishedAt,
    dateModified: guide.updatedAt ?? guide.publishedAt,
    mainEntityOfPage: url,
    publisher: { '@type': 'Organization', name: 'Redflags' },
  };
  if (guide.faq.length === 0) return [article];
  const faq = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: guide.faq.map((q) => ({ '@type': 'Question', name: q.question, acceptedAnswer: { '@type': 'Answer', text: q.answer } })),
  };
  return [article, faq];
}
