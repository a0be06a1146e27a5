// Loads pagefind's search box on the guide index (a static index built with the site; no search server)
// and ties the page's visible label to pagefind's input.
const container = document.querySelector<HTMLElement>('[data-search]');
if (container) {
  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = '/pagefind/pagefind-ui.css';
  document.head.append(stylesheet);
  const script = document.createElement('script');
  script.src = '/pagefind/pagefind-ui.js';
  script.addEventListener('load', () => {
    const { PagefindUI } = window as unknown as { PagefindUI?: new (options: Record<string, unknown>) => unknown };
    if (!PagefindUI) return;
    new PagefindUI({
      element: '#search',
      showSubResults: false,
      showImages: false,
      translations: { placeholder: 'For example: parcel, Amazon, code' },
    });
    labelInput(container);
  });
  document.head.append(script);
}

/** Pagefind's input has only a placeholder; give it the id the visible label points at. */
function labelInput(root: HTMLElement, tries = 20): void {
  const input = root.querySelector<HTMLInputElement>('input');
  const label = document.querySelector<HTMLLabelElement>('label[data-search-label]');
  if (input && label) {
    input.id = label.htmlFor;
    label.hidden = false;
  } else if (tries > 0) requestAnimationFrame(() => labelInput(root, tries - 1));
}
