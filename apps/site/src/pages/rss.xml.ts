// RSS feed of new guides, newest first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getGuides } from '../lib/collections';

export const GET: APIRoute = async ({ site }) => {
  const guides = await getGuides();
  return rss({
    title: 'Redflags: new scam guides',
    description: 'New guides to common scams: what they say, the warning signs, what to do and where to report them.',
    site: site ?? 'http://localhost:4321',
    items: guides.map((guide) => ({
      title: guide.title,
      description: guide.shortAnswer,
      link: `/guides/${guide.slug}/`,
      pubDate: new Date(guide.publishedAt),
    })),
  });
};
