// Patterns that backtrack catastrophically in a backtracking engine (V8's), each with a literal every
// match contains. Validation refuses them all: the engine's own risk screen (pattern-risk.ts) refuses
// repeated parts that can vary (`(a+)+`, `(a|aa)+`) and more than one wide quantifier (`.*a.*b`, the
// `poly-*` ones); recheck's thorough analysis in `redflags validate` and the CMS save hook adds its own. Shared by the engine's CLI test and the CMS hook test (exported as `@redflags/engine/test-support/catastrophic-patterns`, source only: tests read it).
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
  { id: 'overlap-same', regex: '(a|a)*bar', literal: 'bar' },
  { id: 'overlap-prefix', regex: 'foo(a|aa)+$', literal: 'foo' },
  { id: 'overlap-pair', regex: '(a|b|ab)*cde', literal: 'cde' },
  { id: 'poly-dot-stars', regex: 'foo.*a.*a.*b', literal: 'foo' },
  { id: 'poly-word-runs', regex: '\\w+bar\\w+x', literal: 'bar' },
  { id: 'poly-bounded-gaps', regex: '[^.]{0,60}bar[^.]{0,60}x', literal: 'bar' },
];
