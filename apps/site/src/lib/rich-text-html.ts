// Renders a guide's Lexical rich text with Payload's own HTML converter, then sanitises the HTML
// with an allow-list, so no script, event handler or javascript: link reaches a page.
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html';
import type { RichText } from '@redflags/schema';
import { FilterXSS } from 'xss';

/** Tags and attributes the CMS's editor can produce and a guide may show; everything else is dropped. */
const allowList: Record<string, string[]> = {
  p: [],
  br: [],
  strong: [],
  b: [],
  em: [],
  i: [],
  u: [],
  s: [],
  code: [],
  sub: [],
  sup: [],
  mark: [],
  blockquote: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  ul: [],
  ol: ['start'],
  li: ['value'],
  hr: [],
  a: ['href', 'rel', 'target'],
  span: [],
  div: [],
};

const filter = new FilterXSS({
  whiteList: allowList,
  stripIgnoreTag: true,
  stripIgnoreTagBody: ['script', 'style', 'iframe', 'object', 'embed', 'template'],
  onTagAttr(tag, name, value) {
    if (tag === 'a' && name === 'href') return isSafeHref(value) ? `href="${value}"` : 'href="#"';
    // A list's numbers are numbers; anything else in them is dropped, not escaped into the attribute.
    if ((tag === 'ol' && name === 'start') || (tag === 'li' && name === 'value'))
      return /^\d{1,6}$/.test(value) ? `${name}="${value}"` : '';
    return undefined;
  },
});

/** Only web, mail and phone links and site-relative paths. */
function isSafeHref(href: string): boolean {
  const decoded = href.replace(/&#(x?)([0-9a-f]+);?/gi, (_, hex: string, digits: string) =>
    String.fromCodePoint(parseInt(digits, hex ? 16 : 10)),
  );
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips
  const compact = decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^(https?:|mailto:|tel:)/.test(compact) || (compact.startsWith('/') && !compact.startsWith('//')) || compact.startsWith('#');
}

/**
 * Lexical JSON → safe HTML. Headings h1 and h2 become h3 because the scenario sits under the
 * page's own h2 section heading; unknown node types render as nothing rather than "unknown node".
 */
export function richTextToHtml(richText: RichText): string {
  const html = convertLexicalToHTML({
    // The schema checks only the envelope; the converter walks whatever nodes the CMS stored.
    data: richText as unknown as Parameters<typeof convertLexicalToHTML>[0]['data'],
    disableContainer: true,
    converters: ({ defaultConverters }) => ({ ...defaultConverters, unknown: () => '' }),
  });
  return filter.process(html.replace(/<(\/?)h[12]\b/g, '<$1h3')).trim();
}
