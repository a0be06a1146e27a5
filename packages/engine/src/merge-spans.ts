// Joins spans that overlap or touch: a finding's spans, a sign's spans, the marks on a page.
import type { Span } from '@redflags/schema';

/**
 * Sorts spans and joins the ones that overlap or touch; empty spans are dropped.
 * @example mergeSpans([{ start: 4, end: 6 }, { start: 0, end: 4 }]) // [{ start: 0, end: 6 }]
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
