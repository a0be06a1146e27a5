// Renders a CheckResult as HTML. The browser checker and the no-JS form both use it, so a result
// reads the same with or without JavaScript: one numbered entry per warning sign, the message with
// each mark carrying the numbers of its signs, and plain links between the two (they work without
// JavaScript; global.css highlights a sign's marks when its entry is the link target).
import type { CheckResult, Finding, GuideLink, Severity, SignGroup, Span } from '@redflags/schema';
import { splitBySigns, type SignedPiece } from '@redflags/engine/browser';
import { escapeHtml } from './escape-html.js';
import { LEVEL_WORDS } from './vocabulary.js';

const SEVERITY_WORDS: Record<Severity, string> = {
  strong: 'Strong warning sign',
  moderate: 'Warning sign',
  weak: 'Weak warning sign on its own',
};

export interface RenderOptions {
  /** Put before every id and link target, so several results can share a page (a rule's preview). */
  idPrefix?: string;
  /** A finding to show even when it is folded under "Also found" (the rule a preview is about). */
  showFinding?: string;
  /** Link to the page's "What has happened so far?" block (not on a preview, which has none). */
  linkNextSteps?: boolean;
}

/** The whole result: level in plain words, the signs, the marked text, related guides and the disclaimer. */
export function renderResultHtml(result: CheckResult, text: string, options: RenderOptions = {}): string {
  const { idPrefix = '', showFinding, linkNextSteps = true } = options;
  const words = LEVEL_WORDS[result.level];
  const signs = result.signs;
  const checked = text.slice(0, result.checkedLength);
  const pieces = splitBySigns(checked, signs);
  return [
    `<section class="result result--${result.level}" aria-labelledby="${idPrefix}result-heading" tabindex="-1" data-level="${result.level}">`,
    `<h2 id="${idPrefix}result-heading">${escapeHtml(words.heading)}</h2>`,
    `<p class="result__summary">${escapeHtml(words.summary)}</p>`,
    result.truncated
      ? `<p class="result__note">Your text was long, so only its first ${result.checkedLength.toLocaleString('en')} of ${result.inputLength.toLocaleString('en')} characters were checked.</p>`
      : '',
    signs.length > 0 ? renderSigns(signs, checked, pieces, idPrefix, showFinding) : '',
    signs.length > 0 ? renderMarkedText(pieces, idPrefix) : '',
    renderGuides(relatedGuides(result.findings)),
    result.level === 'none'
      ? '<p>If the message asks for money, a code or a password, or pushes you to act fast, treat it as a scam until you have checked.</p>'
      : '',
    linkNextSteps
      ? '<p class="result__next">What to do now depends on what has happened. <a href="#what-happened">Answer “What has happened so far?”</a> for the steps and where to report.</p>'
      : '',
    `<p class="result__disclaimer">${escapeHtml(result.disclaimer)}</p>`,
    '</section>',
  ].join('');
}

function renderSigns(signs: SignGroup[], text: string, pieces: SignedPiece[], prefix: string, showFinding: string | undefined): string {
  const items = signs.map((sign, index) => renderSign(sign, index + 1, text, pieces, prefix, showFinding)).join('');
  const count = signs.length === 1 ? 'one warning sign' : `${signs.length} warning signs`;
  return `<h3 id="${prefix}signs-heading">We found ${count}</h3><ol class="signs" aria-labelledby="${prefix}signs-heading">${items}</ol>`;
}

function renderSign(
  sign: SignGroup,
  number: number,
  text: string,
  pieces: SignedPiece[],
  prefix: string,
  showFinding: string | undefined,
): string {
  const [lead, ...others] = sign.findings as [Finding, ...Finding[]];
  const open = others.some((f) => f.ruleId === showFinding) ? ' open' : '';
  const also =
    others.length === 0
      ? ''
      : `<details class="sign__also"${open}><summary>Also found for this sign (${others.length})</summary><ul>${others
          .map(
            (f) => `<li data-finding="${escapeHtml(f.ruleId)}"><strong>${escapeHtml(f.title)}.</strong> ${escapeHtml(f.explanation)}</li>`,
          )
          .join('')}</ul></details>`;
  return (
    `<li class="sign sign--${sign.severity}" id="${prefix}sign-${number}" tabindex="-1" data-sign="${escapeHtml(sign.id)}">` +
    `<h4><span class="sign__number" aria-hidden="true">${number}</span><span class="visually-hidden">Sign ${number}: </span>${escapeHtml(sign.title)}</h4>` +
    `<p class="sign__severity">${SEVERITY_WORDS[sign.severity]}</p>` +
    `<p class="sign__lead" data-finding="${escapeHtml(lead.ruleId)}"><strong>${escapeHtml(lead.title)}.</strong> ${escapeHtml(lead.explanation)}</p>` +
    renderWords(sign.spans, text, pieces, prefix) +
    also +
    '</li>'
  );
}

/** "Words that raised it": each distinct span of the sign, linked to the mark that holds it. */
function renderWords(spans: Span[], text: string, pieces: SignedPiece[], prefix: string): string {
  const seen = new Set<string>();
  const links: string[] = [];
  for (const span of spans) {
    const words = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    const key = words.toLowerCase();
    const mark = markNumberAt(pieces, span.start);
    if (words === '' || seen.has(key) || mark === undefined) continue;
    seen.add(key);
    links.push(`<a href="#${prefix}mark-${mark}">“${escapeHtml(words)}”</a>`);
  }
  return links.length === 0 ? '' : `<p class="sign__words">Words that raised it: ${links.join(', ')}</p>`;
}

/** The 1-based number of the mark (marked piece) that contains `offset`. */
function markNumberAt(pieces: SignedPiece[], offset: number): number | undefined {
  let at = 0;
  let mark = 0;
  for (const piece of pieces) {
    if (piece.signs.length > 0) mark += 1;
    if (offset >= at && offset < at + piece.text.length) return piece.signs.length > 0 ? mark : undefined;
    at += piece.text.length;
  }
  return undefined;
}

function renderMarkedText(pieces: SignedPiece[], prefix: string): string {
  let mark = 0;
  const body = pieces
    .map((piece) => {
      if (piece.signs.length === 0) return escapeHtml(piece.text);
      mark += 1;
      const numbers = piece.signs.map((index) => index + 1);
      const links = numbers
        .map((n) => `<a class="mark__sign" href="#${prefix}sign-${n}"><span class="visually-hidden">warning sign </span>${n}</a>`)
        .join('');
      return `<mark id="${prefix}mark-${mark}" tabindex="-1" data-signs="${numbers.join(' ')}">${escapeHtml(piece.text)}<sup class="mark__signs">${links}</sup></mark>`;
    })
    .join('');
  return (
    `<h3 id="${prefix}marked-heading">Your message, with the words that raised each sign marked</h3>` +
    '<p class="hint">The small number after each marked part is its warning sign: follow it to read why.</p>' +
    `<div class="marked-text">${body}</div>`
  );
}

/** Every guide the findings link to, once, in the order first seen. */
export function relatedGuides(findings: Finding[]): GuideLink[] {
  const seen = new Map<string, GuideLink>();
  for (const guide of findings.flatMap((f) => f.guides)) if (!seen.has(guide.slug)) seen.set(guide.slug, guide);
  return [...seen.values()];
}

function renderGuides(guides: GuideLink[]): string {
  if (guides.length === 0) return '';
  const items = guides.map((g) => `<li><a href="/guides/${encodeURIComponent(g.slug)}/">${escapeHtml(g.title)}</a></li>`).join('');
  return `<h3>Guides about this scam</h3><ul class="result__guides">${items}</ul>`;
}
