// Data only, no tables: a launch rule stored before the engine's pattern safety check grew stricter may hold a pattern
// the engine now refuses, which stops the site build; it gets that pattern from the launch content (@redflags/content).
// Only refused patterns with the launch pattern's literal in the same place change; what editors wrote stays.
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite';
import { rules } from '@redflags/content';
import { repairRefusedPatterns } from '../database/repair-refused-patterns.js';

export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const report = await repairRefusedPatterns(payload, rules, req);
  for (const line of report.repaired) payload.logger.info(`Repaired launch ${line}.`);
  for (const line of report.failed) payload.logger.error(`Launch ${line}.`);
}

/** Nothing to undo: the refused patterns are not kept, and putting them back would stop the site build again. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
