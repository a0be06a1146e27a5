// Marks the words that triggered a finding, for terminal output: "press [1]" style brackets.
import type { Span } from '@redflags/schema';

/**
 * Wraps each span of `text` in the given markers.
 * @example markSpans('press 1 now', [{ start: 0, end: 7 }]) // "[press 1] now"
 */
export function markSpans(text: string, spans: readonly Span[], open = '[', close = ']'): string {
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    out += text.slice(at, span.start) + open + text.slice(span.start, span.end) + close;
    at = span.end;
  }
  return out + text.slice(at);
}
