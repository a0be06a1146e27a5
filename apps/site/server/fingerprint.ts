// What a build was made from: the published content (without its timestamps) and the site's own code.
// A start whose fingerprint matches the live build's serves that build without rebuilding.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const siteRoot = resolve(new URL('..', import.meta.url).pathname);
const CODE_PATHS = [
  join(siteRoot, 'src'),
  join(siteRoot, 'public'),
  join(siteRoot, 'astro.config.mjs'),
  join(siteRoot, 'package.json'),
  join(siteRoot, '../../packages/schema/dist'),
  join(siteRoot, '../../packages/engine/dist'),
];

/** Hash of the CMS export at `contentUrl` (timestamps removed) and of the site's code; undefined if the CMS is unreachable. */
export async function fingerprintBuildInputs(contentUrl: string, fetchImpl: typeof fetch = fetch): Promise<string | undefined> {
  const hash = createHash('sha256');
  try {
    const response = await fetchImpl(new URL('api/export', contentUrl.endsWith('/') ? contentUrl : `${contentUrl}/`), {
      signal: AbortSignal.timeout(15_000),
    });
    if (!response.ok) return undefined;
    const content = (await response.json()) as { generatedAt?: unknown; bundle?: { generatedAt?: unknown } };
    delete content.generatedAt;
    if (content.bundle && typeof content.bundle === 'object') delete content.bundle.generatedAt;
    hash.update(JSON.stringify(content));
  } catch {
    return undefined;
  }
  for (const path of CODE_PATHS) for (const line of await listFiles(path)) hash.update(line);
  return hash.digest('hex');
}

async function listFiles(path: string): Promise<string[]> {
  if (!existsSync(path)) return [];
  const info = await stat(path);
  if (!info.isDirectory()) return [`${path}:${info.size}:${info.mtimeMs}\n`];
  const lines: string[] = [];
  for (const entry of await readdir(path, { withFileTypes: true })) lines.push(...(await listFiles(join(path, entry.name))));
  return lines.sort();
}
