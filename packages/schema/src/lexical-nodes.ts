// The Lexical nodes Payload's editor stores, built in one place: the content's Markdown converter, the CMS's
// plain-paragraph mapping and the site's rendering tests all write the same fields in the same order.

/** A serialized Lexical node: its type, its version and the fields of that type. */
export type LexicalNode = { type: string; version: number; [key: string]: unknown };

/** The fields every Lexical block node (root, paragraph, heading, quote, list, link) carries. */
export const LEXICAL_BLOCK = { format: '', indent: 0, version: 1, direction: 'ltr' } as const;

/** Lexical's text format bits. */
export const LEXICAL_FORMAT = { bold: 1, italic: 2 } as const;

/**
 * A text node; `format` is a sum of `LEXICAL_FORMAT` bits.
 * @example lexicalText('1', LEXICAL_FORMAT.bold) // { type: 'text', text: '1', format: 1, detail: 0, mode: 'normal', style: '', version: 1 }
 */
export function lexicalText(text: string, format = 0): LexicalNode {
  return { type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 };
}

/**
 * A paragraph of inline nodes.
 * @example lexicalParagraph([lexicalText('Press 1')]).children.length // 1
 */
export function lexicalParagraph(children: LexicalNode[]): LexicalNode & { children: LexicalNode[] } {
  return { type: 'paragraph', ...LEXICAL_BLOCK, textFormat: 0, textStyle: '', children };
}
