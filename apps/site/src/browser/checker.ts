// The checker island: loads the published bundle and the Public Suffix List once, when the page
// loads (whatever is typed, so the requests say nothing about a message), then checks every message
// in the browser. Checking makes no network request. If either cannot be loaded, the form falls
// back to posting to the server.
import { createBrowserChecker } from '@redflags/engine/browser';
import type { BrowserRuleBundle } from '@redflags/schema';
import { renderResultHtml } from '../lib/render-result';
// The screenshot controls beside the form, in this script rather than one of their own: a second
// script would be a second request and would split the shared module loader out of this one.
import './screenshot/screenshot-input';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-checker]')) {
  const output = form.nextElementSibling as HTMLElement | null;
  const textarea = form.querySelector('textarea');
  const bundleUrl = form.dataset.bundleUrl;
  if (!output || !textarea || !bundleUrl) continue;

  const bundle = fetch(bundleUrl).then((response) => {
    if (!response.ok) throw new Error(`bundle: HTTP ${response.status}`);
    // The bundle file is the build's own output, validated with the schema at build time.
    return response.json() as Promise<BrowserRuleBundle>;
  });
  // The list is its own file (~47 KB gzip, twice the engine), cached apart from rules and code.
  const checker = Promise.all([bundle, import('@redflags/engine/parse-host')])
    .then(([rules, { parseHost }]) => createBrowserChecker(rules, { parseHost }))
    .catch((error: unknown) => {
      console.error('The checker could not load its rules or its Public Suffix List; the form will use the server.', error);
      return undefined;
    });

  // A mark's number leads to its sign and a sign's words to their marks (plain links, which work without
  // JavaScript); here the target also takes the focus, so keyboard and screen-reader users land on it,
  // and the sign the link belongs to stays selected: all its marks are highlighted (global.css).
  output.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#sign-"], a[href^="#mark-"]');
    const target = link ? document.getElementById(link.hash.slice(1)) : null;
    if (!link || !target) return;
    const sign = link.hash.startsWith('#sign-')
      ? link.hash.slice('#sign-'.length)
      : link.closest<HTMLElement>('.sign')?.id.slice('sign-'.length);
    const result = link.closest<HTMLElement>('.result');
    if (result && sign) result.dataset.selectedSign = sign;
    setTimeout(() => target.focus(), 0);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void checker.then((loaded) => {
      if (!loaded) {
        form.submit();
        return;
      }
      const text = textarea.value;
      if (text.trim() === '') {
        output.innerHTML = '<p class="form-error" role="alert">Paste a message to check first.</p>';
        textarea.focus();
        return;
      }
      output.innerHTML = renderResultHtml(loaded.check(text), text);
      // "What has happened so far?" (what-happened.ts) shows itself and guesses the channel from the text.
      document.dispatchEvent(new CustomEvent('redflags:checked', { detail: { text } }));
      output.querySelector<HTMLElement>('.result')?.focus();
    });
  });
}
