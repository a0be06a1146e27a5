// Cuts a text into plain and marked pieces from the spans a check found (UTF-16 offsets), so a page,
// the admin or the terminal can show exactly which words triggered the findings, and which signs. Pure.
import type { Span } from '@redflags/schema';
import { mergeSpans } from './merge-spans.js';

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

export interface SignedPiece {
  text: string;
  /** Indices (0-based, ascending) of the groups with a span in this piece; empty for unmarked text. */
  signs: number[];
}

/**
 * Like `splitBySpans` over every group's spans, and each marked piece says which groups reached it,
 * so a page can tie each mark to its warning signs.
 * @example splitBySigns('press 1 now', [{ spans: [{ start: 0, end: 7 }] }]) // [{text:'press 1',signs:[0]},{text:' now',signs:[]}]
 */
export function splitBySigns(text: string, groups: ReadonlyArray<{ spans: readonly Span[] }>): SignedPiece[] {
  const clamp = (offset: number) => Math.max(0, Math.min(offset, text.length));
  const clamped = groups.map((group) => group.spans.map((span) => ({ start: clamp(span.start), end: clamp(span.end) })));
  let at = 0;
  return splitBySpans(text, clamped.flat()).map((piece) => {
    const start = at;
    at += piece.text.length;
    if (!piece.marked) return { text: piece.text, signs: [] };
    const signs = clamped.flatMap((spans, index) => (spans.some((span) => span.start < at && span.end > start) ? [index] : []));
    return { text: piece.text, signs };
  });
}
