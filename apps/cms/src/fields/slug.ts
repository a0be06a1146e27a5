// The `slug` field every content collection has: the record's id in the schema
// (rule id, brand id, guide slug), checked with the schema's own Slug rule as the editor types.
import { Slug } from '@redflags/schema';
import type { TextField } from 'payload';

/** A unique, indexed slug field validated by `Slug` from @redflags/schema. */
export function slugField(label: string, description: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    label,
    required: true,
    unique: true,
    index: true,
    admin: { position: 'sidebar', description },
    validate: (value: unknown) => {
      const parsed = Slug.safeParse(value);
      return parsed.success ? true : (parsed.error.issues[0]?.message ?? 'not a valid slug');
    },
  };
}
