// Cuts a text into plain and marked pieces from the spans a check found (UTF-16 offsets), so a page,
// the admin or the terminal can show exactly which words triggered the findings. Pure.
import type { Span } from '@redflags/schema';
import { mergeSpans } from './checker.js';

export interface TextPiece {
  text: string;
  marked: boolean;
}

/**
 * Clamps the spans to the text, merges overlapping or touching ones and returns the pieces in order.
 * @example splitBySpans('call now', [{ start: 5, end: 8 }]) // [{text:'call ',marked:false},{text:'now',marked:true}]
 */
export function splitBySpans(text: string, spans: readonly Span[]): TextPiece[] {
  const clamp = (offset: number) => Math.max(0, Math.min(offset, text.length));
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const { start, end } of mergeSpans(spans.map((span) => ({ start: clamp(span.start), end: clamp(span.end) })))) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
