// Opens the CMS's Payload (migrations, first admin and first-start seed run on the way) for the
// command-line scripts, or exits with a message that says what failed and what to check.
import path from 'node:path';
import type { Payload } from 'payload';
import { chooseDatabase } from '../database/choose-database.js';
import { MONGODB_TIMEOUT_MS } from '../database/mongodb-timeout.js';
import { explainStartupError } from '../database/explain-startup-error.js';
import { probeMongoDb } from '../database/probe-mongodb.js';

const defaultSqliteFile = path.resolve(import.meta.dirname, '../../.data/redflags.db');

export async function openPayload(): Promise<Payload> {
  // A module load that never settles (seen under tsx's loader on Node 22, see scripts/run.mjs) empties
  // the event loop, and the script would exit 0 having done nothing; say so and fail instead.
  let opened = false;
  const exitBeforeOpen = (code: number) => {
    if (opened || code !== 0) return;
    process.stderr.write('\nThe CMS exited while still loading its configuration (a module load never settled). Run the command again.\n');
    process.exitCode = 1;
  };
  process.on('exit', exitBeforeOpen);
  let choice: ReturnType<typeof chooseDatabase>;
  try {
    choice = chooseDatabase(process.env.DATABASE_URI, defaultSqliteFile);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (choice.kind === 'mongodb') {
    const problem = await probeMongoDb(choice.url, MONGODB_TIMEOUT_MS);
    if (problem) return fail(explainStartupError(new Error(`MongoDB unreachable: ${problem}`), choice));
  }
  try {
    // Loaded only now so an unreachable database is reported before the heavy config loads.
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../payload.config.js')]);
    const payload = await getPayload({ config });
    opened = true;
    process.off('exit', exitBeforeOpen);
    return payload;
  } catch (error) {
    return fail(explainStartupError(error, choice));
  }
}

function fail(message: string): never {
  process.stderr.write(`\n${message}\n`);
  process.exit(1);
}
