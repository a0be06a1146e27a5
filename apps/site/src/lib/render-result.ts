// Renders a CheckResult as HTML. The browser checker and the no-JS form both use it,
// so a result reads the same with or without JavaScript.
import type { CheckResult, Finding, GuideLink, Severity } from '@redflags/schema';
import { escapeHtml } from './escape-html.js';
import { splitBySpans } from '@redflags/engine/browser';
import { COUNTRIES, LEVEL_WORDS } from './vocabulary.js';

const SEVERITY_WORDS: Record<Severity, string> = {
  strong: 'Strong warning sign',
  moderate: 'Warning sign',
  weak: 'Weak warning sign on its own',
};

/** The whole result: level in plain words, findings, the marked text, related guides and next steps. */
export function renderResultHtml(result: CheckResult, text: string): string {
  const words = LEVEL_WORDS[result.level];
  const findings = result.findings;
  return [
    `<section class="result result--${result.level}" aria-labelledby="result-heading" tabindex="-1" data-level="${result.level}">`,
    `<h2 id="result-heading">${escapeHtml(words.heading)}</h2>`,
    `<p class="result__summary">${escapeHtml(words.summary)}</p>`,
    result.truncated
      ? `<p class="result__note">Your text was long, so only its first ${result.checkedLength.toLocaleString('en')} of ${result.inputLength.toLocaleString('en')} characters were checked.</p>`
      : '',
    findings.length > 0 ? renderFindings(findings) : '',
    findings.length > 0 ? renderMarkedText(text.slice(0, result.checkedLength), findings) : '',
    renderGuides(relatedGuides(findings)),
    renderNextSteps(result.level),
    `<p class="result__disclaimer">${escapeHtml(result.disclaimer)}</p>`,
    '</section>',
  ].join('');
}

function renderFindings(findings: Finding[]): string {
  const items = findings
    .map(
      (f) =>
        `<li class="finding finding--${f.severity}"><h4>${escapeHtml(f.title)}</h4>` +
        `<p class="finding__severity">${SEVERITY_WORDS[f.severity]}</p><p>${escapeHtml(f.explanation)}</p></li>`,
    )
    .join('');
  return `<h3>What we found (${findings.length})</h3><ol class="findings">${items}</ol>`;
}

function renderMarkedText(text: string, findings: Finding[]): string {
  const pieces = splitBySpans(
    text,
    findings.flatMap((f) => f.spans),
  );
  const body = pieces.map((p) => (p.marked ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
  return `<h3>Your message, with the words that raised a warning marked</h3><div class="marked-text">${body}</div>`;
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

function renderNextSteps(level: CheckResult['level']): string {
  const steps = [
    'Do not use any phone number, link or email address from the message.',
    'Contact the organisation using details you find yourself: its app, a website address you type in, or the number on your card.',
    level === 'none'
      ? 'If the message asks for money, a code or a password, or pushes you to act fast, treat it as a scam until you have checked.'
      : 'If you paid, shared a code or a password, or installed an app, call your bank now on the number on your card.',
  ];
  const report = COUNTRIES.map((c) => `<a href="/report/${c.path}/">${escapeHtml(c.name)}</a>`).join(', ');
  const items = steps.map((s) => `<li>${escapeHtml(s)}</li>`).join('');
  return `<h3>What to do next</h3><ol class="result__steps">${items}<li>Report it: ${report}.</li></ol>`;
}
