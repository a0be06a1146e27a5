// Thorough ReDoS detection for Node-side validation (`redflags validate`, the CMS save hook): recheck
// analyses the pattern's automaton and finds the overlaps the engine's quick risk screen
// (pattern-risk.ts) lets through, such as `[a-z]*[a-z]?foo`. recheck is plain JS (its pure Scala.js
// backend runs without the native binary) but large and slow to start, so it is a separate entry,
// `@redflags/engine/validate-thorough`, that the browser entry never imports.
import { checkSync } from 'recheck';

/**
 * How long one pattern may be analysed. A pattern recheck cannot decide in time (or whose syntax its
 * automaton checker does not handle) is accepted: the checker runs editors' patterns with a
 * linear-time engine anyway (see README, "Patterns"), so this check is about refusing early, with a
 * clear message, what would be slow in a backtracking engine.
 */
export const RECHECK_TIMEOUT_MS = 1_000;

/**
 * The problem recheck finds with a regular expression (as the engine runs it, flags `gi`), or undefined when it is safe.
 * @example recheckPattern('(a|aa)+$') // 'pattern `(a|aa)+$` can backtrack catastrophically (exponential, e.g. on "aaaa…"); …'
 */
export function recheckPattern(regex: string): string | undefined {
  warmUp();
  // The automaton checker only: it decides the seed's 268 patterns (bounded repeats such as
  // `[^.!?]{0,40}` included) in about 25 ms each, where the default fuzzer times out on 33 of them.
  const result = checkSync(regex, 'gi', { timeout: RECHECK_TIMEOUT_MS, checker: 'automaton' });
  if (result.status === 'safe') return undefined;
  if (result.status === 'vulnerable') {
    const attack = result.attack.pattern.length > 40 ? `${result.attack.pattern.slice(0, 40)}…` : result.attack.pattern;
    return `pattern \`${regex}\` can backtrack catastrophically (${result.complexity.type} time, e.g. on ${JSON.stringify(attack)}); rewrite without alternatives or repeats that can match the same text`;
  }
  return undefined; // undecided in time, unsupported syntax, or invalid (checkPattern reports that)
}

let warm = false;

/**
 * recheck's first analysis pays for its start-up (~0.9 s), which would eat the first pattern's
 * timeout and let an undecided catastrophic pattern through on a cold process; pay it once, untimed.
 */
function warmUp(): void {
  if (warm) return;
  checkSync('(?:a|b)*c', 'gi', { checker: 'automaton', timeout: null });
  warm = true;
}
