// Brands: between the Payload document and the schema's Brand.
import type { BrandInput } from '@redflags/schema';
import { mapRows } from './rows.js';

export interface BrandDocument {
  id?: string | number;
  slug?: string | null;
  name?: string | null;
  aliases?: string[] | null;
  domains?: string[] | null;
  phones?: string[] | null;
  neverAsks?: { text?: string | null }[] | null;
}

export function brandFromDocument(doc: BrandDocument): BrandInput {
  return {
    id: doc.slug ?? '',
    name: doc.name ?? '',
    aliases: doc.aliases ?? [],
    domains: doc.domains ?? [],
    phones: doc.phones ?? [],
    neverAsks: mapRows(doc.neverAsks, (row) => row.text ?? ''),
  };
}

export function brandToDocument(brand: BrandInput): BrandDocument {
  return {
    slug: brand.id,
    name: brand.name,
    aliases: brand.aliases ?? [],
    domains: brand.domains ?? [],
    phones: brand.phones ?? [],
    neverAsks: (brand.neverAsks ?? []).map((text) => ({ text })),
  };
}

/** @example brandFieldPath(['neverAsks', 1]) // 'neverAsks.1.text' */
export function brandFieldPath(path: readonly PropertyKey[]): string {
  const [first, index] = path.map(String);
  if (first === 'id') return 'slug';
  if (first === 'neverAsks' && index !== undefined) return `neverAsks.${index}.text`;
  return first ?? '';
}
