// Plain paragraphs to the Lexical rich-text state Payload's editor stores (the seed writes
// scenarios as paragraphs), and back to plain text for summaries.
import { LEXICAL_BLOCK, lexicalParagraph, lexicalText, type RichText } from '@redflags/schema';

/** Lexical's serialized editor state: the schema's RichText envelope plus the fields Payload's editor type requires. */
export type LexicalState = RichText & {
  root: {
    type: 'root';
    format: '';
    indent: number;
    version: number;
    direction: 'ltr';
    children: { type: string; version: number; [key: string]: unknown }[];
  };
};

/**
 * One Lexical paragraph node per non-empty paragraph.
 * @example paragraphsToRichText(['Hello']).root.children.length // 1
 */
export function paragraphsToRichText(paragraphs: readonly string[]): LexicalState {
  return {
    root: {
      type: 'root',
      ...LEXICAL_BLOCK,
      children: paragraphs
        .map((paragraph) => paragraph.trim())
        .filter((paragraph) => paragraph.length > 0)
        .map((text) => lexicalParagraph([lexicalText(text)])),
    },
  };
}

/** The text of every text node, one line per top-level block. */
export function richTextToPlainText(richText: unknown): string {
  const root = (richText as { root?: { children?: unknown[] } } | null)?.root;
  return (root?.children ?? []).map(textOf).join('\n');
}

function textOf(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const { text, children } = node as { text?: unknown; children?: unknown[] };
  if (typeof text === 'string') return text;
  return Array.isArray(children) ? children.map(textOf).join('') : '';
}
