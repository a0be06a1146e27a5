// The screenshot controls on /check as the page loads them: they show themselves and wait for a
// picture, chosen, dropped or pasted. Reading it (progress, Cancel, the reader, the text into the box)
// is read-into-box.ts, downloaded only once a picture is given, so the page's first load and a
// text-only check carry almost nothing for it. The checker's script imports this file.
import { imageFileProblem } from './image-limits';
import type { BoxReader } from './read-into-box';

const section = document.querySelector<HTMLElement>('[data-screenshot]');
const form = document.querySelector<HTMLFormElement>('form[data-checker]');
const textarea = form?.querySelector('textarea');
if (
  section &&
  form &&
  textarea &&
  typeof WebAssembly === 'object' &&
  typeof Worker === 'function' &&
  typeof OffscreenCanvas === 'function'
) {
  offerScreenshotInput(section, form, textarea);
}

function offerScreenshotInput(section: HTMLElement, form: HTMLFormElement, textarea: HTMLTextAreaElement): void {
  const part = <T extends HTMLElement>(name: string) => section.querySelector<T>(`[data-screenshot-${name}]`)!;
  const fileInput = part<HTMLInputElement>('file');
  const status = part('status');
  part('nojs').hidden = true;
  part('controls').hidden = false;

  const say = (message: string, kind: 'info' | 'error' = 'info') => {
    status.textContent = message;
    status.classList.toggle('form-error', kind === 'error');
  };
  let reader: Promise<BoxReader> | undefined;
  const read = (file: File) => {
    // A file that is not a picture is refused here, without downloading anything.
    const problem = imageFileProblem(file);
    if (problem) return say(problem, 'error');
    reader ??= import('./read-into-box').then(({ boxReader }) => boxReader({ section, form, textarea, say }));
    reader.then(
      (readIntoBox) => readIntoBox(file),
      (error: unknown) => {
        reader = undefined;
        console.error('The screenshot reader could not be loaded.', error);
        say('The screenshot could not be read in this browser. Type the message into the box instead.', 'error');
      },
    );
  };

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) read(file);
    fileInput.value = '';
  });

  // A picture dropped anywhere on the page is read, not opened by the browser in place of the page.
  const imageIn = (data: DataTransfer | null) => [...(data?.files ?? [])].find((file) => file.type.startsWith('image/')) ?? data?.files[0];
  document.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    section.classList.add('screenshot--dragging');
  });
  document.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) section.classList.remove('screenshot--dragging');
  });
  document.addEventListener('drop', (event) => {
    section.classList.remove('screenshot--dragging');
    const file = imageIn(event.dataTransfer);
    if (!file) return;
    event.preventDefault();
    read(file);
  });
  // Ctrl/Cmd-V with a picture on the clipboard; pasted text goes into the box as usual.
  document.addEventListener('paste', (event) => {
    const file = [...(event.clipboardData?.files ?? [])].find((item) => item.type.startsWith('image/'));
    if (!file) return;
    event.preventDefault();
    read(file);
  });
}
