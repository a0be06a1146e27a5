// The checker island: loads the published bundle once, when the page loads, then checks every
// message in the browser. Checking makes no network request. If the bundle cannot be loaded, the
// form falls back to posting to the server.
import { createChecker } from '@redflags/engine/browser';
import { renderResultHtml } from '../lib/render-result';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-checker]')) {
  const output = form.nextElementSibling as HTMLElement | null;
  const textarea = form.querySelector('textarea');
  const bundleUrl = form.dataset.bundleUrl;
  if (!output || !textarea || !bundleUrl) continue;

  const checker = fetch(bundleUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`bundle: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
        // The bundle file is the build's own output, validated with the schema at build time.
    .then((bundle) => createChecker(bundle as Parameters<typeof createChecker>[0]))
    .catch((error: unknown) => {
      console.error('The checker could not load its rules; the form will use the server.', error);
      return undefined;
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
      output.querySelector<HTMLElement>('.result')?.focus();
    });
  });
}
