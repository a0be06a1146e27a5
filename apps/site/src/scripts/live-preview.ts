// In the admin's live preview: tells the admin this frame is ready, then, after every save or
// autosave it reports, fetches this page again and swaps in the new content (no flash, no lost
// scroll). Payload's own SDK for any front end: ready() and isDocumentEvent().
import { isDocumentEvent, ready } from '@payloadcms/live-preview';

const banner = document.querySelector<HTMLElement>('[data-live-preview]');
const adminOrigin = banner?.dataset.adminOrigin;
let refreshing: Promise<void> | undefined;
let again = false;

// Only inside the admin's frame or pop-out: a preview opened in its own tab has no admin to tell.
if (adminOrigin && (window.parent !== window || window.opener)) {
  ready({ serverURL: adminOrigin });
  window.addEventListener('message', (event) => {
    if (isDocumentEvent(event, adminOrigin)) void refresh();
  });
}

/** One refresh at a time; saves during one make one more. */
async function refresh(): Promise<void> {
  if (refreshing) {
    again = true;
    return;
  }
  refreshing = swapInNewContent().finally(() => (refreshing = undefined));
  await refreshing;
  if (again) {
    again = false;
    await refresh();
  }
}

async function swapInNewContent(): Promise<void> {
  const main = document.querySelector('main');
  try {
    const response = await fetch(location.href, { cache: 'no-store', headers: { Accept: 'text/html' } });
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    const nextMain = next.querySelector('main');
    if (!main || !nextMain) throw new Error(`the preview answered ${response.status} without a page`);
    main.replaceChildren(...nextMain.childNodes);
    document.title = next.title;
    document.dispatchEvent(new CustomEvent('redflags:content-replaced'));
  } catch (error) {
    document.querySelector('[data-live-preview]')?.setAttribute('data-refresh-error', String((error as Error).message));
  }
}
