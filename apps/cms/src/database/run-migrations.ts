// Brings the database up to date with the committed migrations on every start (no push). SQLite runs them
// all. MongoDB needs no schema migrations (Payload creates its collections and indexes itself), so it runs
// only the data migrations, which change stored documents through Payload's API and work on either database.
import type { Migration, Payload } from 'payload';
import { migrations } from '../migrations/index.js';

/** Migrations that only change documents through the Local API: no SQL, so MongoDB runs them too. */
export const DATA_MIGRATIONS: ReadonlySet<string> = new Set(['20261202_191745_repair_refused_launch_patterns']);

/** The migrations a database of this adapter runs, in order. */
export function migrationsFor(adapter: string): typeof migrations {
  return adapter === 'sqlite' ? migrations : migrations.filter((migration) => DATA_MIGRATIONS.has(migration.name));
}

export async function runMigrations(payload: Payload): Promise<void> {
  // Generated migrations take the SQLite adapter's argument types; the generic adapter API types
  // them as `unknown`, which TypeScript cannot narrow for a parameter.
  await payload.db.migrate({ migrations: migrationsFor(payload.db.name) as unknown as Migration[] });
}
