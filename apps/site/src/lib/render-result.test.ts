import type { CheckResult, Finding } from '@redflags/schema';
import { describe, expect, it } from 'vitest';
import { relatedGuides, renderResultHtml } from './render-result.js';

const text = 'Amazon: a suspicious purchase of $799. Press 1 <now>';
const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const amazonGuide = { slug: 'amazon-fraud-prevention-call', title: 'Is that Amazon fraud prevention call a scam?' };
const orderCall: Finding = {
  ruleId: 'amazon-fraud-call',
  title: 'Amazon “fraud prevention” call',
  explanation: 'Amazon does not call about this.',
  severity: 'strong',
  guides: [amazonGuide],
  spans: [at('Amazon'), at('suspicious purchase'), at('Press 1')],
};
const charge: Finding = {
  ruleId: 'unexpected-charge',
  title: 'A charge you did not make',
  explanation: 'It makes you <panic>.',
  severity: 'moderate',
  guides: [amazonGuide],
  spans: [at('suspicious purchase')],
};
const pressOne: Finding = {
  ruleId: 'press-one-to-cancel',
  title: 'Asks you to press 1',
  explanation: 'It puts you through to <the scammer>.',
  severity: 'moderate',
  guides: [amazonGuide],
  spans: [at('Press 1')],
};
const high: CheckResult = {
  level: 'high',
  score: 8,
  findings: [orderCall, charge, pressOne],
  signs: [
    {
      id: 'activity-you-did-not-do',
      title: 'Claims an order you did not make',
      severity: 'strong',
      findings: [orderCall, charge],
      spans: [at('Amazon'), at('suspicious purchase'), at('Press 1')],
    },
    { id: 'call-its-number', title: 'Asks you to press a key', severity: 'moderate', findings: [pressOne], spans: [at('Press 1')] },
  ],
  entities: [],
  truncated: false,
  checkedLength: text.length,
  inputLength: text.length,
  disclaimer: 'This is a pattern check, not a verdict.',
};
const none: CheckResult = { ...high, level: 'none', score: 0, findings: [], signs: [] };

describe('renderResultHtml', () => {
  it('states a high level in plain words', () => {
    expect(renderResultHtml(high, text)).toContain('<h2 id="result-heading">High risk: this has strong signs of a scam</h2>');
  });

  it('lists one numbered entry per sign, its most specific finding first and the others folded under it, escaped', () => {
    const html = renderResultHtml(high, text);
    expect(html).toContain('<h3 id="signs-heading">We found 2 warning signs</h3>');
    expect(html.match(/<li class="sign /g)).toHaveLength(2);
    expect(html).toContain(
      '<li class="sign sign--strong" id="sign-1" tabindex="-1" data-sign="activity-you-did-not-do"><h4><span class="sign__number" aria-hidden="true">1</span>' +
        '<span class="visually-hidden">Sign 1: </span>Claims an order you did not make</h4><p class="sign__severity">Strong warning sign</p>' +
        `<p class="sign__lead" data-finding="${orderCall.ruleId}"><strong>Amazon “fraud prevention” call.</strong> Amazon does not call about this.</p>`,
    );
    expect(html).toContain(
      '<details class="sign__also"><summary>Also found for this sign (1)</summary><ul><li data-finding="unexpected-charge"><strong>A charge you did not make.</strong> It makes you &lt;panic&gt;.</li></ul></details>',
    );
    expect(html).toContain(
      '<p class="sign__lead" data-finding="press-one-to-cancel"><strong>Asks you to press 1.</strong> It puts you through to &lt;the scammer&gt;.</p>',
    );
  });

  it('with an id prefix, keeps every id and link inside its own result, unfolds a chosen finding and leaves out the next-steps link', () => {
    const html = renderResultHtml(high, text, { idPrefix: 'example-2-', showFinding: 'unexpected-charge', linkNextSteps: false });
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(4);
    expect(ids.every((id) => id?.startsWith('example-2-'))).toBe(true);
    const targets = [...html.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.every((target) => ids.includes(target))).toBe(true);
    expect(html).toContain('<details class="sign__also" open>');
    expect(html).not.toContain('#what-happened');
    expect(renderResultHtml(high, text)).toContain('href="#what-happened"');
  });

  it('marks the triggering words, each mark with the numbers of its signs linking to them, and escapes the pasted text', () => {
    const html = renderResultHtml(high, text);
    const marked = /<div class="marked-text">(.*?)<\/div>/.exec(html)![1]!;
    const sign = (n: number) => `<a class="mark__sign" href="#sign-${n}"><span class="visually-hidden">warning sign </span>${n}</a>`;
    expect(marked).toBe(
      `<mark id="mark-1" tabindex="-1" data-signs="1">Amazon<sup class="mark__signs">${sign(1)}</sup></mark>: a ` +
        `<mark id="mark-2" tabindex="-1" data-signs="1">suspicious purchase<sup class="mark__signs">${sign(1)}</sup></mark> of $799. ` +
        `<mark id="mark-3" tabindex="-1" data-signs="1 2">Press 1<sup class="mark__signs">${sign(1)}${sign(2)}</sup></mark> &lt;now&gt;`,
    );
    expect(html).not.toContain('<now>');
  });

  it('links each sign to the marks of its words, once per distinct word', () => {
    const html = renderResultHtml(high, text);
    expect(html).toContain(
      '<p class="sign__words">Words that raised it: <a href="#mark-1">“Amazon”</a>, <a href="#mark-2">“suspicious purchase”</a>, <a href="#mark-3">“Press 1”</a></p>',
    );
    expect(html).toContain('<p class="sign__words">Words that raised it: <a href="#mark-3">“Press 1”</a></p>');
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
    expect(html).not.toContain('class="signs"');
  });

  it('says when only the start of a long text was checked', () => {
    const html = renderResultHtml({ ...none, truncated: true, checkedLength: 10000, inputLength: 12500 }, 'x'.repeat(12500));
    expect(html).toContain('only its first 10,000 of 12,500 characters were checked');
  });

  it('always shows the disclaimer and points to "What has happened so far?"', () => {
    const html = renderResultHtml(none, 'hello');
    expect(html).toContain('<p class="result__disclaimer">This is a pattern check, not a verdict.</p>');
    expect(html).toContain('<a href="#what-happened">Answer “What has happened so far?”</a>');
  });
});

describe('relatedGuides', () => {
  it('keeps the first-seen order without duplicates', () => {
    const other = { slug: 'bank-one-time-code-text', title: 'Code' };
    expect(relatedGuides([{ ...orderCall, guides: [other, amazonGuide] }, pressOne])).toEqual([other, amazonGuide]);
  });
});
