// Cuts a text into plain and marked pieces from the findings' spans (UTF-16 offsets).
import type { Span } from '@redflags/schema';

export interface TextPiece {
  text: string;
  marked: boolean;
}

/**
 * Merges overlapping or touching spans, clamps them to the text and returns the pieces in order.
 * @example splitBySpans('call now', [{ start: 5, end: 8 }]) // [{text:'call ',marked:false},{text:'now',marked:true}]
 */
export function splitBySpans(text: string, spans: readonly Span[]): TextPiece[] {
  const ranges = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, text.length)), end: Math.max(0, Math.min(s.end, text.length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const { start, end } of merged) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
