// Reads the text out of a picture with tesseract.js, in a web worker whose files (worker, WebAssembly
// core, English model) come from this site: nothing leaves the browser. Loaded only when a picture
// is given, so a text-only check never downloads any of it.
import { createWorker, OEM, PSM, type Block, type Worker } from 'tesseract.js';
import { relaxedSimd, simd } from 'wasm-feature-detect';
import { corePath, langPath, workerPath } from 'virtual:redflags/ocr-assets';
import type { Box, OcrLine, OcrPage } from './ocr-page';
import { preparePicture } from './prepare-picture';

/** Where the reading is: getting the reader ready (downloading, starting) or reading, with 0–1 when known. */
export interface ReadProgress {
  stage: 'loading' | 'reading';
  progress: number | undefined;
}

export interface ReadOptions {
  signal: AbortSignal;
  onProgress: (progress: ReadProgress) => void;
}

/**
 * A reading that reports no progress for this long has stalled: tesseract.js waits for ever when its
 * WebAssembly cannot be fetched or compiled (the failure stays inside the worker). 90 s leaves room to
 * download the 3 MB model at 300 kbit/s.
 */
const STALL_MS = 90_000;

/** Tesseract's settings for a screenshot, as the config file tesseract.js hands it at start-up. */
const TESSERACT_CONFIG = [
  // A whole screen holds scattered pieces of text (status bar, names, bubbles): find them all.
  `tessedit_pageseg_mode ${PSM.AUTO}`,
  // Tesseract's notes ("Estimating resolution as 445") would otherwise reach the console as errors.
  'debug_file /dev/null',
].join('\n');

/** Thrown when the person cancels; not an error to show. */
export class ReadCancelled extends Error {
  constructor() {
    super('reading the screenshot was cancelled');
  }
}

interface Reader {
  worker: Promise<Worker>;
  /** The Web Worker itself, so Cancel can end it even while the model is still downloading. */
  thread: globalThis.Worker | undefined;
  progress: { listener: ((progress: ReadProgress) => void) | undefined };
}

let current: Reader | undefined;

/** Reads a picture file: the lines of text on it, where they are, and how sure the reader is. */
export async function readScreenshot(file: Blob, { signal, onProgress }: ReadOptions): Promise<OcrPage> {
  let finished = false;
  let stallTimer: ReturnType<typeof setTimeout> | undefined;
  let stalled: (error: Error) => void = () => {};
  const ended = new Promise<never>((_, reject) => {
    stalled = reject;
    if (signal.aborted) reject(new ReadCancelled());
    signal.addEventListener('abort', () => reject(new ReadCancelled()), { once: true });
  });
  // Cancelled or stalled: end the worker (tesseract.js cannot stop a job any other way).
  ended.catch(() => !finished && void stopReader());
  const rearm = () => {
    clearTimeout(stallTimer);
    if (!finished)
      stallTimer = setTimeout(() => stalled(new Error(`the screenshot reader made no progress for ${STALL_MS / 1000} s`)), STALL_MS);
  };
  const until = <T>(step: Promise<T>) => Promise.race([step, ended]);
  let reader: Reader | undefined;
  try {
    const picture = await until(preparePicture(file));
    reader = startReader(await until(coreFile()));
    rearm();
    reader.progress.listener = (progress) => {
      rearm();
      onProgress(progress);
    };
    onProgress({ stage: 'loading', progress: undefined });
    const worker = await until(reader.worker);
    onProgress({ stage: 'reading', progress: 0 });
    const { data } = await until(worker.recognize(new Blob([picture.pgm]), {}, { text: false, blocks: true }));
    const unscaled = unscaling(picture.scale);
    return { width: picture.width, height: picture.height, lines: linesOf(data.blocks ?? [], unscaled), bars: picture.bars.map(unscaled) };
  } finally {
    finished = true;
    clearTimeout(stallTimer);
    if (reader) reader.progress.listener = undefined;
  }
}

/** One worker for the page, started on the first picture and kept for the next (the model stays loaded). */
function startReader(coreFile: string): Reader {
  if (current) return current;
  const progress: Reader['progress'] = { listener: undefined };
  const { result: worker, thread } = catchingThread(() =>
    createWorker(
      'eng',
      OEM.LSTM_ONLY,
      {
        workerPath,
        corePath: coreFile,
        langPath,
        // A blob: worker would need `worker-src blob:`; the worker file is ours, so it is loaded by its address.
        workerBlobURL: false,
        // The model's address carries its hash and the HTTP cache keeps it; no second copy in IndexedDB.
        cacheMethod: 'none',
        gzip: true,
        logger: ({ status, progress: value }) => {
          const stage = status === 'recognizing text' ? 'reading' : 'loading';
          progress.listener?.({ stage, progress: stage === 'reading' ? value : undefined });
        },
        // Without a handler tesseract.js rethrows a failed job as an uncaught error; the job's own promise rejects too.
        errorHandler: () => {},
      },
      TESSERACT_CONFIG,
    ),
  );
  current = { worker, thread, progress };
  worker.catch(() => {
    if (current?.worker === worker) current = undefined;
  });
  return current;
}

/**
 * The core build this browser can run, as a `.js` file that loads its `.wasm` from beside it. Given a
 * folder, tesseract.js would pick the same build but as one `.wasm.js` with the WebAssembly in base64
 * (1.46 MB gzip instead of 1.08 MB).
 */
async function coreFile(): Promise<string> {
  const [relaxed, plain] = await Promise.all([relaxedSimd(), simd()]);
  const build = relaxed ? 'relaxedsimd-lstm' : plain ? 'simd-lstm' : 'lstm';
  return `${corePath}tesseract-core-${build}.js`;
}

/** Ends the worker (tesseract.js cannot stop a job any other way); the next picture starts a new one. */
async function stopReader(): Promise<void> {
  const stopping = current;
  current = undefined;
  if (!stopping) return;
  if (stopping.thread) stopping.thread.terminate();
  else
    await stopping.worker.then(
      (worker) => worker.terminate(),
      () => {},
    );
}

/**
 * Runs `start` and returns the Web Worker it constructed. tesseract.js hands its worker out only once
 * the model has loaded; it constructs it synchronously at the start of `createWorker`, so a
 * constructor that notes it, in place for that one call, lets Cancel end a download too.
 */
function catchingThread<T>(start: () => T): { result: T; thread: globalThis.Worker | undefined } {
  const NativeWorker = globalThis.Worker;
  let thread: globalThis.Worker | undefined;
  globalThis.Worker = class extends NativeWorker {
    constructor(...args: ConstructorParameters<typeof NativeWorker>) {
      super(...args);
      thread = this;
    }
  };
  try {
    return { result: start(), thread };
  } finally {
    globalThis.Worker = NativeWorker;
  }
}

/** From the enlarged picture's pixels (the OCR's) back to the picture's own. */
const unscaling =
  (scale: number) =>
  ({ x0, y0, x1, y1 }: Box): Box => ({ x0: x0 / scale, y0: y0 / scale, x1: x1 / scale, y1: y1 / scale });

/** Flattens tesseract's blocks into lines of words, with `unscaled` boxes. */
function linesOf(blocks: Block[], unscaled: (box: Box) => Box): OcrLine[] {
  return blocks.flatMap((block) =>
    block.paragraphs.flatMap((paragraph) =>
      paragraph.lines.map((line) => ({
        words: line.words.map((word) => ({ text: word.text, confidence: word.confidence, box: unscaled(word.bbox) })),
        box: unscaled(line.bbox),
      })),
    ),
  );
}
