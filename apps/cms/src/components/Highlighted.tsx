// A text with the spans a check found shown as <mark>.
import type { Span } from '@redflags/schema';
import type { ReactNode } from 'react';
import { highlightSegments } from '../qa/highlight.js';

export function Highlighted({ text, spans }: { text: string; spans: readonly Span[] }): ReactNode {
  return (
    <>
      {highlightSegments(text, spans).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
