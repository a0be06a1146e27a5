// Warning signs: between the Payload document and the schema's Sign.
import type { SignInput } from '@redflags/schema';

export interface SignDocument {
  id?: string | number;
  slug?: string | null;
  title?: string | null;
  order?: number | null;
}

export function signFromDocument(doc: SignDocument): SignInput {
  return { id: doc.slug ?? '', title: doc.title ?? '', order: doc.order ?? 100 };
}

export function signToDocument(sign: SignInput): SignDocument {
  return { slug: sign.id, title: sign.title, order: sign.order ?? 100 };
}

/** @example signFieldPath(['id']) // 'slug' */
export function signFieldPath(path: readonly PropertyKey[]): string {
  const [first] = path.map(String);
  return first === 'id' ? 'slug' : (first ?? '');
}
