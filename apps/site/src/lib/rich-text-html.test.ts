import { describe, expect, it } from 'vitest';
import { richTextToHtml } from './rich-text-html.js';

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, mode: 'normal', style: '', detail: 0, version: 1 });
const paragraph = (...children: object[]) => ({ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children });
const link = (url: string, label = 'link') => ({ type: 'link', version: 3, format: '', indent: 0, direction: 'ltr', fields: { url, linkType: 'custom', newTab: false }, children: [text(label)] });
const doc = (...children: object[]) => ({ root: { type: 'root' as const, format: '', indent: 0, version: 1, direction: 'ltr', children: children as { type: string }[] } });

describe('richTextToHtml', () => {
  it('renders paragraphs, bold text and quotes with Payload’s converter', () => {
    const html = richTextToHtml(doc(paragraph(text('Press ', 0), text('1', 1)), { type: 'quote', version: 1, children: [text('“We detected a purchase”')] }));
    expect(html).toBe('<p>Press <strong>1</strong></p><blockquote>“We detected a purchase”</blockquote>');
  });

  it('escapes text that looks like HTML', () => {
    expect(richTextToHtml(doc(paragraph(text('<script>alert(1)</script>'))))).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('neutralises javascript: and data: links, in any case or spacing', () => {
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x']) {
      expect(richTextToHtml(doc(paragraph(link(url)))), url).toBe('<p><a href="#">link</a></p>');
    }
  });

  it('keeps web, mail and phone links and site paths', () => {
    expect(richTextToHtml(doc(paragraph(link('https://www.actionfraud.police.uk/'))))).toBe('<p><a href="https://www.actionfraud.police.uk/">link</a></p>');
    expect(richTextToHtml(doc(paragraph(link('/guides/x/'))))).toBe('<p><a href="/guides/x/">link</a></p>');
    expect(richTextToHtml(doc(paragraph(link('tel:101'))))).toBe('<p><a href="tel:101">link</a></p>');
  });

  it('drops raw HTML from an html-like node, event handlers and unknown nodes', () => {
    const html = richTextToHtml(doc(
      { type: 'unknown-embed', version: 1, children: [] },
      { type: 'heading', tag: 'h1', version: 1, children: [text('Title')] },
    ));
    expect(html).toBe('<h3>Title</h3>');
  });

  it('strips event handlers smuggled through node fields', () => {
    const styled = { ...text('x'), style: 'color:red" onmouseover="alert(1)' };
    const html = richTextToHtml(doc(paragraph(styled), paragraph(link('https://example.com/" onclick="alert(1)'))));
    expect(html).not.toMatch(/onmouseover|onclick="alert/i);
    expect(html).toContain('<p>x</p>');
  });
});
