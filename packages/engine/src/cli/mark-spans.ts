// Marks the words that triggered a finding, for terminal output: "press [1]" style brackets.
import type { Span } from '@redflags/schema';
import { splitBySpans } from '../split-by-spans.js';

/**
 * Wraps each span of `text` in the given markers (overlapping spans merged).
 * @example markSpans('press 1 now', [{ start: 0, end: 7 }]) // "[press 1] now"
 */
export function markSpans(text: string, spans: readonly Span[], open = '[', close = ']'): string {
  return splitBySpans(text, spans)
    .map((piece) => (piece.marked ? `${open}${piece.text}${close}` : piece.text))
    .join('');
}
