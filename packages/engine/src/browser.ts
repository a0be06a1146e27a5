// The smallest entry for a browser page that shows results: a checker for a bundle already
// validated at build time, without the schema validator and the pattern-safety checks.
export { createChecker, type Checker } from './checker.js';
// The pieces of a text to mark, for the checker page and the admin.
export { splitBySpans, type TextPiece } from './split-by-spans.js';
// The S/O bar (issue 9), for the CMS's rule QA panel.
export { MIN_SCAM_SHARE } from './qa.js';
