// The published rule bundle as the site serves it: a static JSON file whose name carries its hash,
// so browsers can cache it for good and a new publish gets a new URL. The file holds only what the checker
// reads (`toBrowserBundle`: no rule examples, no guide details); pages read the full bundle.
import { createHash } from 'node:crypto';
import { toBrowserBundle, type RuleBundle } from '@redflags/schema';
import { getEntry } from 'astro:content';

export interface PublishedBundle {
  bundle: RuleBundle;
  /** The file the browser downloads (and the server's /api/check reads): `toBrowserBundle(bundle)`. */
  json: string;
  hash: string;
  /** Site-relative URL of the bundle file. */
  url: string;
}

let published: Promise<PublishedBundle> | undefined;

/** The bundle from the content collection, with its hashed URL; computed once per process. */
export function getPublishedBundle(): Promise<PublishedBundle> {
  published ??= (async () => {
    const entry = await getEntry('bundles', 'published');
    if (!entry) throw new Error('the content has no rule bundle; the CMS export must include "bundle"');
    const json = JSON.stringify(toBrowserBundle(entry.data));
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
    return { bundle: entry.data, json, hash, url: `/bundle/rules.${hash}.json` };
  })();
  return published;
}
