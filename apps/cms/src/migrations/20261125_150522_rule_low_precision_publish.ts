import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`rules\` ADD \`publish_despite_low_precision\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`rules\` ADD \`low_precision_published_by\` text;`)
  await db.run(sql`ALTER TABLE \`rules\` ADD \`low_precision_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_rules_v\` ADD \`version_publish_despite_low_precision\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_rules_v\` ADD \`version_low_precision_published_by\` text;`)
  await db.run(sql`ALTER TABLE \`_rules_v\` ADD \`version_low_precision_published_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`rules\` DROP COLUMN \`publish_despite_low_precision\`;`)
  await db.run(sql`ALTER TABLE \`rules\` DROP COLUMN \`low_precision_published_by\`;`)
  await db.run(sql`ALTER TABLE \`rules\` DROP COLUMN \`low_precision_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_rules_v\` DROP COLUMN \`version_publish_despite_low_precision\`;`)
  await db.run(sql`ALTER TABLE \`_rules_v\` DROP COLUMN \`version_low_precision_published_by\`;`)
  await db.run(sql`ALTER TABLE \`_rules_v\` DROP COLUMN \`version_low_precision_published_at\`;`)
}
