import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`scoring_models\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`trained_at\` text NOT NULL,
  	\`trained_on\` text NOT NULL,
  	\`trained_by\` text NOT NULL,
  	\`training_seconds\` numeric NOT NULL,
  	\`published_at\` text,
  	\`published_by\` text,
  	\`rules_trained_with\` text NOT NULL,
  	\`model\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`scoring_models_status_idx\` ON \`scoring_models\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`scoring_models_updated_at_idx\` ON \`scoring_models\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`scoring_models_created_at_idx\` ON \`scoring_models\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`test_messages\` ADD \`part\` text DEFAULT 'train';`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`scoring_models_id\` text(36) REFERENCES scoring_models(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scoring_models_id_idx\` ON \`payload_locked_documents_rels\` (\`scoring_models_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`scoring_models\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`guides_id\` text(36),
  	\`rules_id\` text(36),
  	\`signs_id\` text(36),
  	\`brands_id\` text(36),
  	\`reporting_bodies_id\` text(36),
  	\`next_steps_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	\`test_messages_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rules_id\`) REFERENCES \`rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`signs_id\`) REFERENCES \`signs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`brands_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reporting_bodies_id\`) REFERENCES \`reporting_bodies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`next_steps_id\`) REFERENCES \`next_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`test_messages_id\`) REFERENCES \`test_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "guides_id", "rules_id", "signs_id", "brands_id", "reporting_bodies_id", "next_steps_id", "media_id", "users_id", "test_messages_id") SELECT "id", "order", "parent_id", "path", "guides_id", "rules_id", "signs_id", "brands_id", "reporting_bodies_id", "next_steps_id", "media_id", "users_id", "test_messages_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`rules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_signs_id_idx\` ON \`payload_locked_documents_rels\` (\`signs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_brands_id_idx\` ON \`payload_locked_documents_rels\` (\`brands_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reporting_bodies_id_idx\` ON \`payload_locked_documents_rels\` (\`reporting_bodies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_next_steps_id_idx\` ON \`payload_locked_documents_rels\` (\`next_steps_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_test_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`test_messages_id\`);`)
  await db.run(sql`ALTER TABLE \`test_messages\` DROP COLUMN \`part\`;`)
}
