// Reads a picture given on /check into the checker's box: the progress bar and Cancel while the reader
// (downloaded from this site on first use) reads it in the browser, then the text in the box for the
// person to compare with the picture, and the usual check on it. Loaded by screenshot-input.ts only
// once a picture is given.
import { ReadCancelled, readScreenshot, type ReadProgress } from './read-screenshot';
import { screenshotText } from './screenshot-text';

/** What the page's screenshot controls hand over: where they are, the checker's form and box, and how to say something. */
export interface ScreenshotControls {
  section: HTMLElement;
  form: HTMLFormElement;
  textarea: HTMLTextAreaElement;
  say: (message: string, kind?: 'info' | 'error') => void;
}

/** Reads one picture into the box; a new picture while one is read replaces it. */
export type BoxReader = (file: File) => Promise<void>;

export function boxReader({ section, form, textarea, say }: ScreenshotControls): BoxReader {
  const part = <T extends HTMLElement>(name: string) => section.querySelector<T>(`[data-screenshot-${name}]`)!;
  const progressBox = part('progress');
  const progressBar = progressBox.querySelector('progress')!;
  const progressLabel = part('progress-label');
  let reading: AbortController | undefined;
  part<HTMLButtonElement>('cancel').addEventListener('click', () => reading?.abort());

  const showProgress = ({ stage, progress }: ReadProgress) => {
    progressLabel.textContent = stage === 'loading' ? 'Getting the text reader ready…' : 'Reading the text…';
    if (progress === undefined) progressBar.removeAttribute('value');
    else progressBar.value = progress;
  };

  return async (file) => {
    reading?.abort();
    const controller = new AbortController();
    reading = controller;
    say('');
    progressBox.hidden = false;
    showProgress({ stage: 'loading', progress: undefined });
    try {
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
      if (controller.signal.aborted || error instanceof ReadCancelled) return say('Reading the screenshot was cancelled.');
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
}
