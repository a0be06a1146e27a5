// Splits a text into plain and marked pieces for the spans a check found (overlaps merged), so the
// admin can show which words triggered a rule. Pure.
import type { Span } from '@redflags/schema';

export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * @example highlightSegments('pay by gift card', [{ start: 7, end: 16 }]) // [{ text: 'pay by ', marked: false }, { text: 'gift card', marked: true }]
 */
export function highlightSegments(text: string, spans: readonly Span[]): Segment[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, text.length)), end: Math.max(0, Math.min(s.end, text.length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start), marked: false });
    segments.push({ text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
