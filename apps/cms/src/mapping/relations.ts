// Payload stores links between documents as ids; the schema links by slug. These helpers turn
// one into the other through an index built from the documents that are actually published.

/** A relationship value as Payload returns it: an id at depth 0, a document when populated. */
export type RelationValue = string | number | { id: string | number } | null | undefined;

/** Maps each collection's document ids to slugs (and back). */
export interface SlugIndex {
  rules: Map<string, string>;
  guides: Map<string, string>;
  brands: Map<string, string>;
  signs: Map<string, string>;
}

export type RelatedCollection = keyof SlugIndex;

/** The id of a relationship value, whatever depth it was read at. */
export function relationId(value: RelationValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object') return String(value.id);
  return String(value);
}

/**
 * Slugs of the linked documents that are in the index; links to documents that are not
 * (unpublished or deleted) are dropped, so published content never points at a draft.
 * @example slugsOf(['a1'], new Map([['a1', 'amazon']])) // ['amazon']
 */
export function slugsOf(values: readonly RelationValue[] | null | undefined, index: Map<string, string>): string[] {
  const slugs: string[] = [];
  for (const value of values ?? []) {
    const id = relationId(value);
    const slug = id === undefined ? undefined : index.get(id);
    if (slug !== undefined && !slugs.includes(slug)) slugs.push(slug);
  }
  return slugs;
}

/** Ids for slugs, skipping slugs with no document yet (the seed links them on its second pass). */
export function idsOf(slugs: readonly string[] | undefined, index: Map<string, string>): string[] {
  const bySlug = new Map([...index].map(([id, slug]) => [slug, id]));
  return (slugs ?? []).flatMap((slug) => {
    const id = bySlug.get(slug);
    return id === undefined ? [] : [id];
  });
}

export function emptySlugIndex(): SlugIndex {
  return { rules: new Map(), guides: new Map(), brands: new Map(), signs: new Map() };
}
