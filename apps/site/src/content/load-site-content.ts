// The site's one content loader: reads the CMS export from a URL or a directory, validates it,
// keeps a snapshot, and falls back to that snapshot (loudly) when the CMS cannot be reached.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteContent } from '@redflags/schema';
import { validateSiteContent } from './validate-site-content.js';

const siteRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Used when REDFLAGS_CONTENT is not set, so `astro dev` works without a CMS. */
export const FIXTURE_CONTENT = join(siteRoot, 'fixtures/content');
export const DEFAULT_SNAPSHOT = join(siteRoot, '.content/content.json');
const FETCH_TIMEOUT_MS = 15_000;

export interface LoadOptions {
  /** An http(s) URL of the CMS, or a directory holding content.json (or the file itself). */
  source?: string;
  snapshotPath?: string;
  fetch?: typeof fetch;
  warn?: (message: string) => void;
}

export interface LoadedContent {
  content: SiteContent;
  /** Where the content came from: the CMS, a directory, or the last snapshot because the CMS was down. */
  origin: 'cms' | 'directory' | 'snapshot';
  source: string;
}

/** Thrown when the CMS is down and there is no snapshot either: never build an empty site. */
export class ContentUnavailableError extends Error {
  override name = 'ContentUnavailableError';
}

/**
 * Loads and validates the published content. Invalid content always fails (never falls back):
 * the snapshot only stands in for a CMS that cannot be reached.
 */
export async function loadSiteContent(options: LoadOptions = {}): Promise<LoadedContent> {
  const source = options.source ?? process.env.REDFLAGS_CONTENT ?? FIXTURE_CONTENT;
  const snapshotPath = options.snapshotPath ?? process.env.REDFLAGS_CONTENT_SNAPSHOT ?? DEFAULT_SNAPSHOT;
  const warn = options.warn ?? ((message: string) => console.warn(message));

  if (!/^https?:\/\//i.test(source)) {
    const content = validateSiteContent(await readJsonFile(contentFileIn(source), 'REDFLAGS_CONTENT'));
    await writeSnapshot(snapshotPath, content);
    return { content, origin: 'directory', source };
  }

  const exportUrl = new URL('api/export', source.endsWith('/') ? source : `${source}/`).href;
  let raw: unknown;
  try {
    raw = await fetchExport(exportUrl, options.fetch ?? fetch);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const snapshot = await readJsonFile(snapshotPath, 'the content snapshot').catch(() => undefined);
    if (snapshot === undefined) {
      throw new ContentUnavailableError(
        `Could not read the CMS export at ${exportUrl} (${reason}) and there is no snapshot at ${snapshotPath}. ` +
          'Start the CMS (npm start) or set REDFLAGS_CONTENT to a directory holding content.json.',
      );
    }
    const content = validateSiteContent(snapshot);
    warn(
      `\n!!! REDFLAGS: the CMS export at ${exportUrl} could not be read (${reason}).\n` +
        `!!! Building from the last snapshot, ${snapshotPath}, exported ${content.generatedAt}. The site may be out of date.\n`,
    );
    return { content, origin: 'snapshot', source: snapshotPath };
  }
  const content = validateSiteContent(raw);
  await writeSnapshot(snapshotPath, content);
  return { content, origin: 'cms', source: exportUrl };
}

const cache = new Map<string, Promise<LoadedContent>>();

/** loadSiteContent once per process and source: every collection of one build sees the same export. */
export function loadSiteContentOnce(): Promise<LoadedContent> {
  const key = process.env.REDFLAGS_CONTENT ?? FIXTURE_CONTENT;
  let loaded = cache.get(key);
  if (!loaded) {
    loaded = loadSiteContent().then((result) => {
      const { guides, reportingBodies, bundle } = result.content;
      console.info(
        `[redflags] content from ${result.origin === 'directory' ? 'the directory' : result.origin === 'cms' ? 'the CMS' : 'the SNAPSHOT'} ${result.source}: ` +
          `${guides.length} guides, ${reportingBodies.length} reporting bodies, ${bundle.rules.length} rules`,
      );
      return result;
    });
    cache.set(key, loaded);
  }
  return loaded;
}

function contentFileIn(source: string): string {
  const path = resolve(source);
  return path.endsWith('.json') ? path : join(path, 'content.json');
}

async function fetchExport(url: string, fetchImpl: typeof fetch): Promise<unknown> {
  const response = await fetchImpl(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  try {
    return await response.json();
  } catch {
    throw new Error('the response is not JSON');
  }
}

async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ContentUnavailableError(
      `${what}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}); point it at a directory holding content.json`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ContentUnavailableError(`${what}: ${path} is not valid JSON (${(error as Error).message})`);
  }
}

/** Written to a temporary file and renamed, so a crash never leaves half a snapshot. */
async function writeSnapshot(path: string, content: SiteContent): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(content)}\n`, 'utf8');
  await rename(temporary, path);
}
