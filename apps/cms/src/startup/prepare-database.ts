// Runs once per start (Payload's onInit): migrations, the first admin, the launch content when the
// database is empty, the corpus when there are no test messages, and a first live model when there is none.
import type { Payload } from 'payload';
import { errorDetail } from '../database/explain-startup-error.js';
import { runMigrations } from '../database/run-migrations.js';
import { readLaunchContent, type LaunchContent } from '@redflags/content';
import { seedLaunchContent } from '../seed/seed.js';
import { createFirstAdmin } from './create-first-admin.js';
import { importCorpusIntoEmptyTestMessages } from './import-corpus.js';
import { trainFirstModel } from './train-first-model.js';

export interface PrepareOptions {
  seedWhenEmpty: boolean;
  adminEmail?: string;
  adminPassword?: string;
  /** What an empty database is seeded with; the launch content unless a test gives a smaller set. */
  content?: LaunchContent;
}

export async function prepareDatabase(payload: Payload, options: PrepareOptions): Promise<void> {
  try {
    await prepare(payload, options);
  } catch (error) {
    // Rethrown without the failed query's SQL and parameters, which Payload would log in full
    // (the first admin's insert carries the password hash and salt).
    throw new Error(errorDetail(error));
  }
}

async function prepare(payload: Payload, options: PrepareOptions): Promise<void> {
  await runMigrations(payload);
  await createFirstAdmin(payload, options.adminEmail, options.adminPassword);
  if (options.seedWhenEmpty && (await isEmpty(payload))) {
    const report = await seedLaunchContent(payload, options.content ?? readLaunchContent());
    payload.logger.info(`Seeded the launch content: ${report.created} created, ${report.updated} updated, ${report.failed.length} failed.`);
    for (const line of report.failed) payload.logger.error(`seed: ${line}`);
  }
  if (options.seedWhenEmpty) {
    const imported = await importCorpusIntoEmptyTestMessages(payload);
    if (imported)
      payload.logger.info(
        `Imported the corpus into the test messages: ${imported.imported} imported, ${imported.skipped.length} skipped as duplicates.`,
      );
    await trainFirstModel(payload);
  }
}

async function isEmpty(payload: Payload): Promise<boolean> {
  for (const collection of ['rules', 'guides', 'brands', 'reporting-bodies'] as const) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true });
    if (totalDocs > 0) return false;
  }
  return true;
}
