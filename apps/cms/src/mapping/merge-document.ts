// `beforeChange` receives only the submitted fields on a partial update; validation needs the
// document as it will be saved, so merge the submitted data over the stored document.

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Submitted values win; groups (plain objects) merge field by field; arrays are replaced whole,
 * as Payload replaces them.
 * @example mergeDocument({ a: 1, g: { x: 1, y: 2 } }, { g: { y: 3 } }) // { a: 1, g: { x: 1, y: 3 } }
 */
export function mergeDocument(stored: unknown, submitted: unknown): Plain {
  const base: Plain = isPlainObject(stored) ? stored : {};
  if (!isPlainObject(submitted)) return { ...base };
  const merged: Plain = { ...base };
  for (const [key, value] of Object.entries(submitted)) {
    const previous = base[key];
    merged[key] = isPlainObject(value) && isPlainObject(previous) ? mergeDocument(previous, value) : value;
  }
  return merged;
}
