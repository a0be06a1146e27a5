// A guide's Markdown body to the Lexical rich text Payload's editor stores. Paragraphs, headings, lists, quotes,
// links, bold and italic; anything else is refused with its line, so nothing an editor wrote is dropped silently.
import { LEXICAL_BLOCK, LEXICAL_FORMAT, lexicalParagraph, lexicalText, type LexicalNode, type RichText } from '@redflags/schema';
import type { Nodes, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/**
 * One Lexical block per Markdown block; a line break inside a paragraph reads as a space.
 * @example markdownToRichText('A caller says *Amazon*.').root.children[0].children[1] // { type: 'text', text: 'Amazon', format: 2, … }
 */
export function markdownToRichText(markdown: string): RichText {
  const tree = fromMarkdown(markdown);
  return { root: { type: 'root', ...LEXICAL_BLOCK, children: tree.children.map((node) => block(node)) } };
}

function block(node: Nodes): LexicalNode {
  switch (node.type) {
    case 'paragraph':
      return lexicalParagraph(inline(node, 0));
    case 'heading':
      if (node.depth < 2 || node.depth > 4) return refuse(node, `a level-${node.depth} heading; use ## to ####`);
      return { type: 'heading', tag: `h${node.depth}`, ...LEXICAL_BLOCK, children: inline(node, 0) };
    case 'blockquote':
      return {
        type: 'quote',
        ...LEXICAL_BLOCK,
        children: node.children.flatMap((child) => (child.type === 'paragraph' ? inline(child, 0) : [block(child)])),
      };
    case 'list':
      return {
        type: 'list',
        listType: node.ordered ? 'number' : 'bullet',
        start: node.start ?? 1,
        tag: node.ordered ? 'ol' : 'ul',
        ...LEXICAL_BLOCK,
        children: node.children.map((item, index) => ({
          type: 'listitem',
          value: (node.start ?? 1) + index,
          ...LEXICAL_BLOCK,
          children: item.children.flatMap((child) => (child.type === 'paragraph' ? inline(child, 0) : [block(child)])),
        })),
      };
    default:
      return refuse(node, `Markdown '${node.type}'`);
  }
}

function inline(parent: Parents, format: number): LexicalNode[] {
  return parent.children.flatMap((node): LexicalNode[] => {
    switch (node.type) {
      case 'text':
        return [lexicalText(node.value.replace(/\s*\n\s*/g, ' '), format)];
      case 'strong':
        return inline(node, format | LEXICAL_FORMAT.bold);
      case 'emphasis':
        return inline(node, format | LEXICAL_FORMAT.italic);
      case 'link':
        return [
          { type: 'link', fields: { url: node.url, newTab: false, linkType: 'custom' }, ...LEXICAL_BLOCK, children: inline(node, format) },
        ];
      default:
        return [refuse(node, `Markdown '${node.type}'`)];
    }
  });
}

function refuse(node: Nodes, what: string): never {
  const line = node.position?.start.line;
  throw new Error(
    `line ${line ?? '?'}: ${what} is not supported in a guide's scenario; use paragraphs, ## headings, lists, quotes, links, **bold** or *italic*`,
  );
}
