// The screenshot controls on /check: a picture chosen, dropped or pasted is read in the browser (the
// reader is downloaded from this site on first use, not before), its text goes into the checker's box
// for the person to compare with the picture, and the usual check runs on it.
import { imageFileProblem } from './image-limits';
import type { ReadProgress } from './read-screenshot';

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
  wireScreenshotInput(section, form, textarea);
}

function wireScreenshotInput(section: HTMLElement, form: HTMLFormElement, textarea: HTMLTextAreaElement): void {
  const part = <T extends HTMLElement>(name: string) => section.querySelector<T>(`[data-screenshot-${name}]`)!;
  const fileInput = part<HTMLInputElement>('file');
  const progressBox = part('progress');
  const progressBar = progressBox.querySelector('progress')!;
  const progressLabel = part('progress-label');
  const cancelButton = part<HTMLButtonElement>('cancel');
  const status = part('status');
  part('nojs').hidden = true;
  part('controls').hidden = false;

  let reading: AbortController | undefined;

  const say = (message: string, kind: 'info' | 'error' = 'info') => {
    status.textContent = message;
    status.classList.toggle('form-error', kind === 'error');
  };
  const showProgress = ({ stage, progress }: ReadProgress) => {
    progressLabel.textContent = stage === 'loading' ? 'Getting the text reader ready…' : 'Reading the text…';
    if (progress === undefined) progressBar.removeAttribute('value');
    else progressBar.value = progress;
  };

  const read = async (file: File) => {
    const problem = imageFileProblem(file);
    if (problem) return say(problem, 'error');
    reading?.abort();
    const controller = new AbortController();
    reading = controller;
    say('');
    progressBox.hidden = false;
    showProgress({ stage: 'loading', progress: undefined });
    try {
      // Everything heavy (tesseract.js, its worker, core and model) starts loading only here.
      const [{ readScreenshot }, { screenshotText }] = await Promise.all([import('./read-screenshot'), import('./screenshot-text')]);
      const page = await readScreenshot(file, { signal: controller.signal, onProgress: showProgress });
      const text = screenshotText(page).slice(0, textarea.maxLength > 0 ? textarea.maxLength : undefined);
      if (text.trim() === '') {
        say('No text was found in that picture. Try a sharper screenshot, or type the message into the box.', 'error');
        return;
      }
      textarea.value = text;
      say(
        'We read the text from your screenshot into the box below. Check the text matches your screenshot and correct it if needed, then press “Check for warning signs” again.',
      );
      form.requestSubmit();
    } catch (error) {
      if (controller.signal.aborted) return say('Reading the screenshot was cancelled.');
      const message = error instanceof Error && error.name === 'PictureProblem' ? error.message : undefined;
      console.error('The screenshot could not be read.', error);
      say(message ?? 'The screenshot could not be read in this browser. Type the message into the box instead.', 'error');
    } finally {
      if (reading === controller) {
        reading = undefined;
        progressBox.hidden = true;
      }
    }
  };

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void read(file);
    fileInput.value = '';
  });
  cancelButton.addEventListener('click', () => reading?.abort());

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
    void read(file);
  });
  // Ctrl/Cmd-V with a picture on the clipboard; pasted text goes into the box as usual.
  document.addEventListener('paste', (event) => {
    const file = [...(event.clipboardData?.files ?? [])].find((item) => item.type.startsWith('image/'));
    if (!file) return;
    event.preventDefault();
    void read(file);
  });
}
