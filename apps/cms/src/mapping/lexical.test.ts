import { RichText } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { paragraphsToRichText, richTextToPlainText } from './lexical.js';

describe('paragraphsToRichText', () => {
  it('makes one Lexical paragraph per non-empty paragraph, valid against RichText', () => {
    const state = paragraphsToRichText(['The phone rings.', '  ', 'A voice says it is Amazon.']);
    expect(RichText.parse(state)).toEqual(state);
    expect(state.root.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
    expect(richTextToPlainText(state)).toBe('The phone rings.\nA voice says it is Amazon.');
  });
});
