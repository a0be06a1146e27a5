// The guide index's filters: channel, brand and scam kind, each value a static page of its own.
import type { Brand, Guide } from '@redflags/schema';
import { CHANNELS, labelOfSlug } from './vocabulary.js';

export type FacetName = 'channel' | 'brand' | 'kind';

export interface FacetValue {
  facet: FacetName;
  value: string;
  label: string;
  guides: Guide[];
}

export const FACET_TITLES: Record<FacetName, string> = { channel: 'How it reaches you', brand: 'Brand', kind: 'Kind of scam' };

/** Every filter value that has at least one guide, in a stable order. */
export function listFacetValues(guides: Guide[], brands: Map<string, Brand>): FacetValue[] {
  const channels = CHANNELS.map(({ code, name }) => ({
    facet: 'channel' as const,
    value: code,
    label: name,
    guides: guides.filter((g) => g.channels.includes(code)),
  }));
  const brandIds = [...new Set(guides.flatMap((g) => g.brands))].sort();
  const brandValues = brandIds.map((id) => ({
    facet: 'brand' as const,
    value: id,
    label: brands.get(id)?.name ?? labelOfSlug(id),
    guides: guides.filter((g) => g.brands.includes(id)),
  }));
  const kinds = [...new Set(guides.flatMap((g) => g.kinds))].sort();
  const kindValues = kinds.map((kind) => ({
    facet: 'kind' as const,
    value: kind,
    label: labelOfSlug(kind),
    guides: guides.filter((g) => g.kinds.includes(kind)),
  }));
  return [...channels, ...brandValues, ...kindValues].filter((f) => f.guides.length > 0);
}

export const facetPath = (facet: FacetName, value: string) => `/guides/${facet}/${value}/`;
