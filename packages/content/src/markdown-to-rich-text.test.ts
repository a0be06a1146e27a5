import { describe, expect, it } from 'vitest';
import { markdownToRichText } from './markdown-to-rich-text.js';

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 });
const BLOCK = { format: '', indent: 0, version: 1, direction: 'ltr' };

describe('markdownToRichText', () => {
  it('makes one Lexical paragraph per Markdown paragraph, as the CMS editor stores them', () => {
    expect(markdownToRichText('The phone rings.\n\nA voice says it is Amazon.\n')).toEqual({
      root: {
        type: 'root',
        ...BLOCK,
        children: [
          { type: 'paragraph', ...BLOCK, textFormat: 0, textStyle: '', children: [text('The phone rings.')] },
          { type: 'paragraph', ...BLOCK, textFormat: 0, textStyle: '', children: [text('A voice says it is Amazon.')] },
        ],
      },
    });
  });

  it('reads a line break inside a paragraph as a space, so long paragraphs can be wrapped', () => {
    expect(markdownToRichText('The phone\nrings.').root.children[0]).toMatchObject({ children: [text('The phone rings.')] });
  });

  it('keeps bold and italic as Lexical text formats', () => {
    expect(markdownToRichText('Press **1** *now*').root.children[0]).toMatchObject({
      children: [text('Press '), text('1', 1), text(' '), text('now', 2)],
    });
  });

  it('reads escaped Markdown characters as the characters', () => {
    expect(markdownToRichText('Reply \\*YES\\* \\[now\\]').root.children[0]).toMatchObject({ children: [text('Reply *YES* [now]')] });
  });

  it('makes lists, headings, quotes and links', () => {
    const blocks = markdownToRichText('## What they say\n\n- one\n- two\n\n> A quote\n\nSee [the FTC](https://www.ftc.gov/).').root
      .children;
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'list', 'quote', 'paragraph']);
    expect(blocks[1]).toMatchObject({
      listType: 'bullet',
      tag: 'ul',
      children: [
        { type: 'listitem', value: 1 },
        { type: 'listitem', value: 2 },
      ],
    });
    expect(blocks[3]).toMatchObject({
      children: [text('See '), { type: 'link', fields: { url: 'https://www.ftc.gov/' }, children: [text('the FTC')] }, text('.')],
    });
  });

  it('refuses what the editor cannot hold, naming the line', () => {
    expect(() => markdownToRichText('Fine.\n\n| a | b |\n\n```\ncode\n```')).toThrow(
      "line 5: Markdown 'code' is not supported in a guide's scenario",
    );
    expect(() => markdownToRichText('# Title')).toThrow('line 1: a level-1 heading; use ## to ####');
  });
});
