// @redflags/engine: compiles a published rule bundle and checks messages for warning signs.
// Runs unchanged in the browser, in Node and in the CMS's save hook (nothing Node-only outside cli/).
export { compileBundle, validateBundle, checkRuleInContext, type CompileOptions } from './validate-bundle.js';
export { levelFor, mergeSpans, type Checker, type CheckerOptions } from './checker.js';
export { createChecker, type CheckerSetup } from './create-checker.js';
export { parseHost } from './parse-host.js';
export type { ParseHost } from './extract-links.js';
export { splitBySigns, splitBySpans, type SignedPiece, type TextPiece } from './split-by-spans.js';
export { groupBySign, type RuleSignInfo } from './group-signs.js';
export { compileBacktrackingPattern, type PatternCompiler, type RulePattern } from './rule-pattern.js';
export { BundleError, formatProblem, type Problem } from './problems.js';
export { normalizeText, toOriginalRange, type NormalizedText } from './normalize.js';
export { checkPattern } from './pattern-checks.js';
export { findEntities } from './extract-entities.js';
export { combinationOrder, orderByCombinations, type CombiningRule } from './combination-graph.js';
export { MIN_SCAM_SHARE, runQa, type QaFlag, type QaMessage, type QaOverall, type QaReport, type QaRuleFigures } from './qa.js';
export { GIFT_CARDS, ONE_TIME_CODES, REMOTE_ACCESS_APPS, URL_SHORTENERS } from './entity-catalogue.js';
