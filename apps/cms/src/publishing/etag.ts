// A strong ETag for a JSON body, so the site and checkers can re-fetch only when content changed.
import { createHash } from 'node:crypto';

/** @example etagOf('{}') // '"RBNvo1WzZ4oRRq0W9-hknpT7T8If536DEMBg9hyq_4o"' */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** True when an If-None-Match header names this ETag (or `*`). */
export function matchesIfNoneMatch(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}
