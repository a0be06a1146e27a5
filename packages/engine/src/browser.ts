// The smallest entry for a browser page that shows results: a checker for a bundle already
// validated at build time, without the schema validator and the pattern-safety checks, and without
// the Public Suffix List: load `@redflags/engine/parse-host` beside it and pass it as `parseHost`.
export { createChecker, type Checker, type CheckerOptions } from './checker.js';
export type { ParseHost } from './extract-links.js';
// The pieces of a text to mark, for the checker page and the admin.
export { splitBySigns, splitBySpans, type SignedPiece, type TextPiece } from './split-by-spans.js';
// The S/O bar (issue 9), for the CMS's rule QA panel.
export { MIN_SCAM_SHARE } from './qa.js';
