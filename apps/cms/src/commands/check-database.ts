// npm run check:db -w @redflags/cms  (runs first in `start` and `prepare:db`)
// A light check before Payload loads: DATABASE_URI is understood and, for MongoDB, the server
// accepts connections. Exits 1 within seconds with what to check, before anything is written.
import path from 'node:path';
import { chooseDatabase } from '../database/choose-database.js';
import { MONGODB_TIMEOUT_MS } from '../database/mongodb-timeout.js';
import { explainStartupError } from '../database/explain-startup-error.js';
import { probeMongoDb } from '../database/probe-mongodb.js';

const defaultSqliteFile = path.resolve(import.meta.dirname, '../../.data/redflags.db');

try {
  const choice = chooseDatabase(process.env.DATABASE_URI, defaultSqliteFile);
  if (choice.kind === 'mongodb') {
    const problem = await probeMongoDb(choice.url, MONGODB_TIMEOUT_MS);
    if (problem) {
      process.stderr.write(`\n${explainStartupError(new Error(`MongoDB unreachable: ${problem}`), choice)}\n`);
      process.exit(1);
    }
  }
} catch (error) {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
