import { describe, expect, it } from 'vitest';
import { LEXICAL_BLOCK, LEXICAL_FORMAT, lexicalParagraph, lexicalText, RichText } from './index.js';

describe('lexical nodes', () => {
  it('builds a bold text node with the fields Payload stores', () => {
    expect(lexicalText('1', LEXICAL_FORMAT.bold)).toEqual({
      type: 'text',
      text: '1',
      format: 1,
      detail: 0,
      mode: 'normal',
      style: '',
      version: 1,
    });
  });

  it('builds a paragraph that a RichText root accepts', () => {
    const paragraph = lexicalParagraph([lexicalText('Press 1')]);
    expect(paragraph).toEqual({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      textStyle: '',
      children: [lexicalText('Press 1')],
    });
    const state = { root: { type: 'root', ...LEXICAL_BLOCK, children: [paragraph] } };
    expect(RichText.parse(state)).toEqual(state);
  });
});
