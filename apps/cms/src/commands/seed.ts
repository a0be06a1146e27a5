// npm run seed -w @redflags/cms
// Upserts the launch content (by slug) and publishes it; running it twice changes nothing.
import { readLaunchContent } from '@redflags/content';
import { seedLaunchContent } from '../seed/seed.js';
import { openPayload } from './open-payload.js';

const payload = await openPayload();
const report = await seedLaunchContent(payload, readLaunchContent());
process.stdout.write(
  `seed: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.failed.length} failed\n`,
);
for (const line of report.failed) process.stderr.write(`seed failed: ${line}\n`);
await payload.destroy();
process.exit(report.failed.length > 0 ? 1 : 0);
