// The screenshot reader's file addresses, provided at build time by integrations/ocr-assets.mjs.
declare module 'virtual:redflags/ocr-assets' {
  /** tesseract.js's worker script. */
  export const workerPath: string;
  /** The folder holding the WebAssembly cores (beside the worker, where a core looks for its `.wasm`). */
  export const corePath: string;
  /** The folder holding `eng.traineddata.gz`. */
  export const langPath: string;
  /** What a first reading downloads (worker, SIMD core, model), as served and gzipped. */
  export const firstUseBytes: { raw: number; gzip: number };
}
