// The Payload database adapter for a DatabaseChoice. SQLite is created by the committed
// migrations (push is off); MongoDB gives up on an unreachable server after a few seconds.
import { mongooseAdapter } from '@payloadcms/db-mongodb';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseAdapterObj } from 'payload';
import type { DatabaseChoice } from './choose-database.js';
import { MONGODB_TIMEOUT_MS } from './mongodb-timeout.js';

export function createDatabaseAdapter(choice: DatabaseChoice, migrationDir: string): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({
      url: choice.url,
      connectOptions: { serverSelectionTimeoutMS: MONGODB_TIMEOUT_MS, connectTimeoutMS: MONGODB_TIMEOUT_MS },
    });
  }
  const file = choice.url.replace(/^file:/i, '');
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return sqliteAdapter({
    client: { url: choice.url },
    idType: 'uuid',
    push: false,
    migrationDir,
    // WAL lets the export/bundle scripts read while the server writes; NORMAL sync is safe against
    // crashes of the app (a power cut may lose the last commits, never corrupt the file).
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
    // Wait for a concurrent writer rather than failing at once with SQLITE_BUSY.
    busyTimeout: 5000,
  });
}
