// Reads the launch content kept as YAML in data/: each file a list of records (settings: one record), each checked
// against the schema as it is read, so a mistake is refused naming the file, the record, the field and the reason.
import { readFileSync } from 'node:fs';
import { formatFieldProblems } from '@redflags/schema';
import { parse } from 'yaml';
import type { z } from 'zod';

/** The folder of data files, beside `src/` and `dist/`. */
export const dataFolder = new URL('../data/', import.meta.url);

/**
 * The records of `data/<name>.yaml`, each checked with `schema` and returned as written (defaults not filled in).
 * @example readRecords('signs', Sign)[0].id // 'asks-for-code'
 */
export function readRecords<S extends z.ZodType>(name: string, schema: S, folder: URL = dataFolder): z.input<S>[] {
  const records = readYaml(name, folder);
  if (!Array.isArray(records)) throw new Error(`data/${name}.yaml: must be a list of records (each starting with '- ')`);
  records.forEach((record: unknown, index) => {
    const checked = schema.safeParse(record);
    const id = (record as { id?: unknown } | null)?.id;
    if (!checked.success)
      throw new Error(formatFieldProblems(checked.error, `data/${name}.yaml [${index}]${typeof id === 'string' ? ` (${id})` : ''}`));
  });
  return records as z.input<S>[];
}

/** The one record of `data/<name>.yaml`, checked with `schema`. */
export function readRecord<S extends z.ZodType>(name: string, schema: S, folder: URL = dataFolder): z.input<S> {
  const record = readYaml(name, folder);
  const checked = schema.safeParse(record);
  if (!checked.success) throw new Error(formatFieldProblems(checked.error, `data/${name}.yaml`));
  return record as z.input<S>;
}

function readYaml(name: string, folder: URL): unknown {
  const file = `data/${name}.yaml`;
  try {
    return parse(readFileSync(new URL(`${name}.yaml`, folder), 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}
