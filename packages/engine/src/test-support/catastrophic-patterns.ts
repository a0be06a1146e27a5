// Patterns that backtrack catastrophically in a backtracking engine (V8's), each with a literal every
// match contains. CAUGHT are the shapes validation refuses (nested quantifiers: safe-regex2's
// star-height check); see the package README for the overlapping-alternation shapes it does not catch.
export const CATASTROPHIC_PATTERNS: ReadonlyArray<{ id: string; regex: string; literal: string }> = [
  { id: 'nested-plus', regex: 'aaa(a+)+$', literal: 'aaa' },
  { id: 'dot-star-repeated', regex: '(.*abc){20}', literal: 'abc' },
  { id: 'words-and-spaces', regex: 'foo(\\w+\\s?)*$', literal: 'foo' },
  { id: 'nested-star', regex: 'foo(a*)*$', literal: 'foo' },
  { id: 'digits-repeated', regex: 'foo(\\d+)*x', literal: 'foo' },
  { id: 'letters-repeated', regex: 'foo([a-z]+)*$', literal: 'foo' },
  { id: 'two-pluses', regex: '(x+x+)+ybar', literal: 'bar' },
  { id: 'spaced-a', regex: 'foo(\\s*a\\s*)+$', literal: 'foo' },
  { id: 'huge-bounded-repeat', regex: 'foo(.*){1,32000}[bc]', literal: 'foo' },
];
