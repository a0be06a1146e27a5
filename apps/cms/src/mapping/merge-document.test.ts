import { describe, expect, it } from 'vitest';
import { mergeDocument } from './merge-document.js';

describe('mergeDocument', () => {
  it('lays submitted fields over the stored document, merging groups and replacing arrays', () => {
    const stored = { title: 'Old', match: { phrases: [{ phrase: 'a' }], links: ['shortener'] }, _status: 'published' };
    const submitted = { match: { phrases: [{ phrase: 'b' }] }, _status: 'draft' };
    expect(mergeDocument(stored, submitted)).toEqual({
      title: 'Old',
      match: { phrases: [{ phrase: 'b' }], links: ['shortener'] },
      _status: 'draft',
    });
  });

  it('treats a missing stored document as empty', () => {
    expect(mergeDocument(undefined, { title: 'New' })).toEqual({ title: 'New' });
  });
});
