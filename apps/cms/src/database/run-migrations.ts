// Brings the SQLite schema up to date with the committed migrations on every start (no push).
// MongoDB needs no schema migrations: Payload creates its collections and indexes itself.
import type { Migration, Payload } from 'payload';
import { migrations } from '../migrations/index.js';

export async function runMigrations(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return;
  // Generated migrations take the SQLite adapter's argument types; the generic adapter API types
  // them as `unknown`, which TypeScript cannot narrow for a parameter.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] });
}
