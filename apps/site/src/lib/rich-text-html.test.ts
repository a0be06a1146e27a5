import { LEXICAL_BLOCK, lexicalParagraph, lexicalText as text, type LexicalNode } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { richTextToHtml } from './rich-text-html.js';

const paragraph = (...children: LexicalNode[]) => lexicalParagraph(children);
const link = (url: string, label = 'link') => ({
  type: 'link',
  ...LEXICAL_BLOCK,
  version: 3,
  fields: { url, linkType: 'custom', newTab: false },
  children: [text(label)],
});
const doc = (...children: object[]) => ({
  root: { type: 'root' as const, ...LEXICAL_BLOCK, children: children as { type: string }[] },
});

describe('richTextToHtml', () => {
  it('renders paragraphs, bold text and quotes with Payload’s converter', () => {
    const html = richTextToHtml(
      doc(paragraph(text('Press ', 0), text('1', 1)), { type: 'quote', version: 1, children: [text('“We detected a purchase”')] }),
    );
    expect(html).toBe('<p>Press <strong>1</strong></p><blockquote>“We detected a purchase”</blockquote>');
  });

  it('escapes text that looks like HTML', () => {
    expect(richTextToHtml(doc(paragraph(text('<script>alert(1)</script>'))))).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('neutralises javascript: and data: links, in any case or spacing', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>x</script>',
      'vbscript:x',
    ]) {
      expect(richTextToHtml(doc(paragraph(link(url)))), url).toBe('<p><a href="#">link</a></p>');
    }
  });

  it('keeps web, mail and phone links and site paths', () => {
    expect(richTextToHtml(doc(paragraph(link('https://www.actionfraud.police.uk/'))))).toBe(
      '<p><a href="https://www.actionfraud.police.uk/">link</a></p>',
    );
    expect(richTextToHtml(doc(paragraph(link('/guides/x/'))))).toBe('<p><a href="/guides/x/">link</a></p>');
    expect(richTextToHtml(doc(paragraph(link('tel:101'))))).toBe('<p><a href="tel:101">link</a></p>');
  });

  it('drops raw HTML from an html-like node, event handlers and unknown nodes', () => {
    const html = richTextToHtml(
      doc({ type: 'unknown-embed', version: 1, children: [] }, { type: 'heading', tag: 'h1', version: 1, children: [text('Title')] }),
    );
    expect(html).toBe('<h3>Title</h3>');
  });

  it('strips event handlers smuggled through node fields', () => {
    const styled = { ...text('x'), style: 'color:red" onmouseover="alert(1)' };
    const html = richTextToHtml(doc(paragraph(styled), paragraph(link('https://example.com/" onclick="alert(1)'))));
    expect(html).not.toMatch(/onmouseover|onclick="alert/i);
    expect(html).toContain('<p>x</p>');
  });

  describe('hostile documents: nothing that runs reaches the page', () => {
    /** No script element, no event-handler attribute, no javascript:/data:/vbscript: URL, no frame or object. */
    const assertInert = (html: string) => {
      expect(html).not.toMatch(/<\s*script/i);
      expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(?:javascript|data|vbscript):/i);
      expect(html).not.toMatch(/<\s*(?:iframe|object|embed|svg|math|style|link|meta|base|form|img|template)\b/i);
    };

    it('drops script nodes, including a heading whose tag is "script"', () => {
      const html = richTextToHtml(
        doc(
          { type: 'script', version: 1, text: 'alert(1)', children: [text('alert(1)')] },
          { type: 'heading', tag: 'script', version: 1, children: [text('alert(2)')] },
          paragraph(text('after')),
        ),
      );
      assertInert(html);
      // Payload's heading converter does not emit the stored tag; the words show as harmless text.
      expect(html).toBe('<h3>alert(2)</h3><p>after</p>');
    });

    it('neutralises javascript: in links and autolinks, entity-encoded or not', () => {
      const autolink = { ...link('javascript:alert(1)'), type: 'autolink' };
      const encoded = link('&#106;avascript&#58;alert(1)');
      const html = richTextToHtml(doc(paragraph(autolink), paragraph(encoded), paragraph(link('JAVASCRIPT:alert(1)'))));
      assertInert(html);
      expect(html).toBe('<p><a href="#">link</a></p><p><a href="#">link</a></p><p><a href="#">link</a></p>');
    });

    it('strips event handlers smuggled through heading tags, list attributes and text styles', () => {
      const html = richTextToHtml(
        doc(
          { type: 'heading', tag: 'h2 onclick="alert(1)"', version: 1, children: [text('Title')] },
          {
            type: 'list',
            listType: 'number',
            tag: 'ol',
            start: '1" onmouseover="alert(1)',
            version: 1,
            children: [{ type: 'listitem', value: '1" onfocus="alert(1)" autofocus="', version: 1, children: [text('step')] }],
          },
          paragraph({ ...text('x'), style: '"><img src=x onerror=alert(1)>' }),
        ),
      );
      assertInert(html);
      expect(html).toMatch(/^<h3>Title<\/h3><ol[^>]*><li>step<\/li><\/ol><p>x<\/p>$/);
    });

    it('shows raw HTML typed as text as text, never as markup', () => {
      const raw = '<img src=x onerror="alert(1)"><iframe src="javascript:alert(1)"></iframe><svg onload=alert(1)>';
      const html = richTextToHtml(
        doc(paragraph(text(raw)), { type: 'quote', version: 1, children: [text('</blockquote><script>alert(1)</script>')] }),
      );
      assertInert(html);
      expect(html).toBe(
        '<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;iframe src=&quot;javascript:alert(1)&quot;&gt;&lt;/iframe&gt;&lt;svg onload=alert(1)&gt;</p>' +
          '<blockquote>&lt;/blockquote&gt;&lt;script&gt;alert(1)&lt;/script&gt;</blockquote>',
      );
    });

    it('renders nothing from upload, relationship, block or raw-HTML nodes', () => {
      const html = richTextToHtml(
        doc(
          {
            type: 'upload',
            version: 3,
            relationTo: 'media',
            value: { url: 'javascript:alert(1)', mimeType: 'image/svg+xml', alt: 'x', filename: 'x.svg' },
            fields: {},
          },
          { type: 'relationship', version: 2, relationTo: 'pages', value: { id: 1 } },
          { type: 'block', version: 2, fields: { blockType: 'html', html: '<script>alert(1)</script>' } },
          { type: 'html', version: 1, html: '<script>alert(1)</script>' },
          paragraph(text('kept')),
        ),
      );
      assertInert(html);
      expect(html).toContain('<p>kept</p>');
    });
  });
});
