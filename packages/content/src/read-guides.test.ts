import { describe, expect, it } from 'vitest';
import { readGuide } from './read-guides.js';

const FRONT = `slug: test-guide
title: Is that test message a scam?
shortAnswer: Very likely.
redFlags:
  - flag: It asks for a code
    why: No real company does.
steps:
  - step: Do not reply.
channels: [text]
publishedAt: 2026-11-21T09:00:00.000Z`;

describe('readGuide', () => {
  it('reads the front matter as the guide and the body as its scenario', () => {
    const guide = readGuide(`---\n${FRONT}\n---\n\nA text arrives.\n\nIt asks for a code.\n`, 'test-guide.md');
    expect(guide).toMatchObject({ slug: 'test-guide', channels: ['text'], publishedAt: '2026-11-21T09:00:00.000Z' });
    expect(guide.scenario.root.children).toHaveLength(2);
  });

  it('refuses a guide the schema refuses, naming the file and the field', () => {
    expect(() =>
      readGuide(`---\n${FRONT.replace('channels: [text]', 'channels: []')}\n---\n\nA text arrives.`, 'guides/test-guide.md'),
    ).toThrow('guides/test-guide.md › channels: choose at least one channel');
  });

  it('refuses a file without front matter, and front matter that is not YAML', () => {
    expect(() => readGuide('A text arrives.', 'guides/x.md')).toThrow("guides/x.md: must start with front matter between two '---' lines");
    expect(() => readGuide('---\nslug: [x\n---\n\nA text.', 'guides/x.md')).toThrow('guides/x.md: front matter is not valid YAML');
  });

  it('names the file and line of scenario Markdown it cannot keep', () => {
    expect(() => readGuide(`---\n${FRONT}\n---\n\n![a picture](x.png)`, 'guides/x.md')).toThrow(
      "guides/x.md: scenario line 14: Markdown 'image' is not supported",
    );
  });
});
