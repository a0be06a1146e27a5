import { describe, expect, it } from 'vitest';
import { richTextProblem } from './refuseMalformedRichText.js';

describe('richTextProblem', () => {
  it('accepts a well-formed Lexical state and an absent value', () => {
    expect(
      richTextProblem({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'x' }] }] } }),
    ).toBeNull();
    expect(richTextProblem(undefined)).toBeNull();
  });

  it('names what is wrong with a malformed one', () => {
    expect(richTextProblem('plain')).toBe('must be rich text (a Lexical editor state object); re-enter the text in the editor');
    expect(richTextProblem({})).toBe('rich text has no "root" node; re-enter the text in the editor');
    expect(richTextProblem({ root: { children: 'no' } })).toBe(
      'rich text has a node whose "children" is not a list; re-enter the text in the editor',
    );
    expect(richTextProblem({ root: { children: [5] } })).toBe(
      'rich text has a node that is not an object; re-enter the text in the editor',
    );
    let deep: { children: unknown[] } = { children: [] };
    for (let i = 0; i < 70; i += 1) deep = { children: [deep] };
    expect(richTextProblem({ root: deep })).toBe('rich text is nested deeper than 64 levels; simplify it');
  });
});
