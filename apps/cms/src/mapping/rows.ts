// Array fields reach the hooks as the client sent them: a REST or Local API call can send `false`
// for an array, or `5` for one of its rows. The mapping must not crash on them.

/**
 * Maps the rows of an array field. A value that is not an array, or a row that is not an object, is
 * passed on unchanged so the schema refuses it with the field named, instead of a TypeError here.
 * @example mapRows([{ phrase: 'gift card' }], (row) => row.phrase) // ['gift card']
 * @example mapRows(false as never, (row: { phrase: string }) => row.phrase) // false (the schema says "expected array")
 */
export function mapRows<Row extends object, Out>(value: readonly Row[] | null | undefined, map: (row: Row) => Out): Out[] {
  if (value === null || value === undefined) return [];
  // Not an array, or not object rows: deliberately passed through untyped for the schema to refuse.
  if (!Array.isArray(value)) return value as unknown as Out[];
  return value.map((row: unknown) => (row !== null && typeof row === 'object' ? map(row as Row) : (row as Out)));
}
