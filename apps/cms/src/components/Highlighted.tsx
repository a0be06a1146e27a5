// A text with the spans a check found shown as <mark>.
import type { Span } from '@redflags/schema';
import type { ReactNode } from 'react';
import { splitBySpans } from '@redflags/engine/browser';

export function Highlighted({ text, spans }: { text: string; spans: readonly Span[] }): ReactNode {
  return (
    <>
      {splitBySpans(text, spans).map((piece, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one text, in order; an index is their identity
        piece.marked ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
      )}
    </>
  );
}
