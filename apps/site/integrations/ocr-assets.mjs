// The screenshot reader's files (tesseract.js's worker, its WebAssembly core, the English model),
// served by this site under hashed names so nothing is fetched from a CDN and each file can be cached
// for a year. The browser code learns their addresses from `virtual:redflags/ocr-assets`.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const VIRTUAL_ID = 'virtual:redflags/ocr-assets';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * The LSTM-only core builds for browsers with relaxed SIMD, SIMD or neither; the browser downloads one.
 * A core's `.js`, run inside the worker, looks for its `.wasm` beside the worker script, so the worker
 * and the cores share a folder.
 */
const CORE_FILES = ['lstm', 'simd-lstm', 'relaxedsimd-lstm'].flatMap((name) => [
  `tesseract-core-${name}.js`,
  `tesseract-core-${name}.wasm`,
]);
/** The LSTM-only "best_int" English model, gzipped (the worker gunzips it); tesseract.js's own default. */
const LANGUAGE_FILE = '4.0.0_best_int/eng.traineddata.gz';

/**
 * The files to ship, grouped so each group's folder name carries the hash of its contents: the core
 * asks for its `.wasm` and tesseract.js for `<langPath>/eng.traineddata.gz` by fixed names, so the
 * hash goes on the folder. The model (3 MB) has a folder of its own, kept when only the code changes.
 * @returns {{ folder: string, files: { from: string, name: string }[] }[]}
 */
function ocrFileGroups() {
  const tesseractDir = dirname(require.resolve('tesseract.js/package.json'));
  const coreDir = dirname(require.resolve('tesseract.js-core/package.json'));
  const languageDir = dirname(require.resolve('@tesseract.js-data/eng/package.json'));
  const groups = [
    {
      prefix: 'reader',
      files: [
        { from: join(tesseractDir, 'dist/worker.min.js'), name: 'worker.min.js' },
        ...CORE_FILES.map((name) => ({ from: join(coreDir, name), name })),
      ],
    },
    { prefix: 'eng', files: [{ from: join(languageDir, LANGUAGE_FILE), name: basename(LANGUAGE_FILE) }] },
  ];
  return groups.map(({ prefix, files }) => {
    const hash = createHash('sha256');
    for (const file of files) hash.update(file.name).update(readFileSync(file.from));
    return { folder: `${prefix}.${hash.digest('hex').slice(0, 12)}`, files };
  });
}

/** Bytes a browser downloads on first use: the worker, one core (SIMD) and the model, gzipped as a server would send them. */
function firstUseBytes(groups) {
  const wanted = new Set(['worker.min.js', 'tesseract-core-simd-lstm.js', 'tesseract-core-simd-lstm.wasm', 'eng.traineddata.gz']);
  let raw = 0;
  let gzip = 0;
  for (const file of groups.flatMap((group) => group.files)) {
    if (!wanted.has(file.name)) continue;
    const content = readFileSync(file.from);
    raw += content.length;
    // The model is gzip already; a server sends it as it is.
    gzip += file.name.endsWith('.gz') ? content.length : gzipSync(content, { level: 6 }).length;
  }
  return { raw, gzip };
}

/**
 * The Astro integration: copies the files into `<client>/<assets>/ocr/<group>.<hash>/` after a build,
 * serves them from node_modules under the same paths in `astro dev`, and provides their addresses.
 * @returns {import('astro').AstroIntegration}
 */
export function ocrAssets() {
  const groups = ocrFileGroups();
  const bytes = firstUseBytes(groups);
  let baseUrl = '/_astro/ocr/';
  let assetsDir = '_astro';
  const folderUrl = (prefix) => `${baseUrl}${groups.find((group) => group.folder.startsWith(`${prefix}.`))?.folder}/`;
  return {
    name: 'redflags-ocr-assets',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        assetsDir = config.build.assets;
        baseUrl = `${config.base.replace(/\/$/, '')}/${assetsDir}/ocr/`;
        const source = [
          `export const workerPath = ${JSON.stringify(`${folderUrl('reader')}worker.min.js`)};`,
          `export const corePath = ${JSON.stringify(folderUrl('reader'))};`,
          `export const langPath = ${JSON.stringify(folderUrl('eng'))};`,
          `export const firstUseBytes = ${JSON.stringify(bytes)};`,
        ].join('\n');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'redflags-ocr-assets',
                resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: (id) => (id === RESOLVED_ID ? source : undefined),
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        const byUrl = new Map(groups.flatMap((group) => group.files.map((file) => [`${baseUrl}${group.folder}/${file.name}`, file.from])));
        server.middlewares.use((request, response, next) => {
          const from = byUrl.get(request.url?.split('?')[0] ?? '');
          if (!from) return next();
          const type = from.endsWith('.wasm') ? 'application/wasm' : from.endsWith('.js') ? 'text/javascript' : 'application/gzip';
          response.writeHead(200, { 'content-type': type, 'content-length': statSync(from).size });
          response.end(readFileSync(from));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = join(fileURLToPath(dir), assetsDir, 'ocr');
        for (const group of groups) {
          mkdirSync(join(root, group.folder), { recursive: true });
          for (const file of group.files) copyFileSync(file.from, join(root, group.folder, file.name));
        }
        logger.info(
          `screenshot reader: ${groups.map((group) => group.folder).join(', ')}; first use downloads ${(bytes.raw / 1e6).toFixed(2)} MB (${(bytes.gzip / 1e6).toFixed(2)} MB gzip)`,
        );
      },
    },
  };
}
