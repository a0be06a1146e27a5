// npm run prepare:db -w @redflags/cms
// Runs before the server starts: connects (failing fast with a clear message), applies the
// committed migrations, creates the first admin and seeds an empty database.
import { openPayload } from './open-payload.js';

const payload = await openPayload();
process.stdout.write(`database ready (${payload.db.name})\n`);
await payload.destroy();
process.exit(0);
