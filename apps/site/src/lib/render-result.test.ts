import type { CheckResult } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { relatedGuides, renderResultHtml } from './render-result.js';

const text = 'Amazon: a suspicious purchase of $799. Press 1 <now>';
const amazonGuide = { slug: 'amazon-fraud-prevention-call', title: 'Is that Amazon fraud prevention call a scam?' };
const high: CheckResult = {
  level: 'high',
  score: 8,
  findings: [
    { ruleId: 'amazon-fraud-call', title: 'Amazon “fraud prevention” call', explanation: 'Amazon does not call about this.', severity: 'strong', guides: [amazonGuide], spans: [{ start: 0, end: 6 }, { start: 10, end: 29 }] },
    { ruleId: 'press-one-to-cancel', title: 'Asks you to press 1', explanation: 'It puts you through to <the scammer>.', severity: 'moderate', guides: [amazonGuide], spans: [{ start: 39, end: 46 }] },
  ],
  entities: [],
  truncated: false,
  checkedLength: text.length,
  inputLength: text.length,
  disclaimer: 'This is a pattern check, not a verdict.',
};
const none: CheckResult = { ...high, level: 'none', score: 0, findings: [] };

describe('renderResultHtml', () => {
  it('states a high level in plain words', () => {
    expect(renderResultHtml(high, text)).toContain('<h2 id="result-heading">High risk: this has strong signs of a scam</h2>');
  });

  it('marks exactly the triggering words and escapes the pasted text', () => {
    const html = renderResultHtml(high, text);
    expect(html).toContain('<div class="marked-text"><mark>Amazon</mark>: a <mark>suspicious purchase</mark> of $799. <mark>Press 1</mark> &lt;now&gt;</div>');
    expect(html).not.toContain('<now>');
  });

  it('lists each finding with its explanation, escaped', () => {
    const html = renderResultHtml(high, text);
    expect(html).toContain('<h3>What we found (2)</h3>');
    expect(html).toContain('<h4>Amazon “fraud prevention” call</h4><p class="finding__severity">Strong warning sign</p><p>Amazon does not call about this.</p>');
    expect(html).toContain('<p>It puts you through to &lt;the scammer&gt;.</p>');
  });

  it('links each related guide once', () => {
    const html = renderResultHtml(high, text);
    expect(html.match(/href="\/guides\/amazon-fraud-prevention-call\/"/g)).toHaveLength(1);
  });

  it('never calls a message without findings safe, and says what to do anyway', () => {
    const html = renderResultHtml(none, 'Running late, save me a seat');
    expect(html).toContain('No warning signs found — that does not mean it is safe');
    expect(html).toContain('treat it as a scam until you have checked');
    expect(html.replace('does not mean it is safe', '')).not.toMatch(/safe/i);
    expect(html).not.toContain('marked-text');
  });

  it('says when only the start of a long text was checked', () => {
    const html = renderResultHtml({ ...none, truncated: true, checkedLength: 10000, inputLength: 12500 }, 'x'.repeat(12500));
    expect(html).toContain('only its first 10,000 of 12,500 characters were checked');
  });

  it('always shows the disclaimer and where to report', () => {
    const html = renderResultHtml(none, 'hello');
    expect(html).toContain('<p class="result__disclaimer">This is a pattern check, not a verdict.</p>');
    expect(html).toContain('<a href="/report/uk/">United Kingdom</a>');
  });
});

describe('relatedGuides', () => {
  it('keeps the first-seen order without duplicates', () => {
    const other = { slug: 'bank-one-time-code-text', title: 'Code' };
    expect(relatedGuides([{ ...high.findings[0]!, guides: [other, amazonGuide] }, high.findings[1]!])).toEqual([other, amazonGuide]);
  });
});
