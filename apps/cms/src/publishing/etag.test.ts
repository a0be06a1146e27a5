import { describe, expect, it } from 'vitest';
import { etagOf, matchesIfNoneMatch } from './etag.js';

describe('etagOf and matchesIfNoneMatch', () => {
  it('gives equal bodies equal tags and different bodies different tags', () => {
    expect(etagOf('{"a":1}')).toBe(etagOf('{"a":1}'));
    expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'));
  });

  it('matches the tag in a list, weak or strong, and *', () => {
    const tag = etagOf('x');
    expect(matchesIfNoneMatch(`"other", W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });
});
