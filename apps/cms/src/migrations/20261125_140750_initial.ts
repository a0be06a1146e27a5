import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`guides_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_variants_order_idx\` ON \`guides_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_variants_parent_id_idx\` ON \`guides_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_red_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`flag\` text,
  	\`why\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_red_flags_order_idx\` ON \`guides_red_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_red_flags_parent_id_idx\` ON \`guides_red_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`step\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_steps_order_idx\` ON \`guides_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_steps_parent_id_idx\` ON \`guides_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_faq_order_idx\` ON \`guides_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`guides_faq_parent_id_idx\` ON \`guides_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_channels_order_idx\` ON \`guides_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guides_channels_parent_idx\` ON \`guides_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guides\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`title\` text,
  	\`short_answer\` text,
  	\`scenario\` text,
  	\`seo_meta_title\` text,
  	\`seo_meta_description\` text,
  	\`seo_image_id\` text(36),
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`guides_slug_idx\` ON \`guides\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`guides_seo_seo_image_idx\` ON \`guides\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_updated_at_idx\` ON \`guides\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guides_created_at_idx\` ON \`guides\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`guides__status_idx\` ON \`guides\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`guides_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_texts_order_parent\` ON \`guides_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`brands_id\` text(36),
  	\`rules_id\` text(36),
  	\`guides_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`brands_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rules_id\`) REFERENCES \`rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_rels_order_idx\` ON \`guides_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_parent_idx\` ON \`guides_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_path_idx\` ON \`guides_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_brands_id_idx\` ON \`guides_rels\` (\`brands_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_rules_id_idx\` ON \`guides_rels\` (\`rules_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_guides_id_idx\` ON \`guides_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_version_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_version_variants_order_idx\` ON \`_guides_v_version_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_variants_parent_id_idx\` ON \`_guides_v_version_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_version_red_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`flag\` text,
  	\`why\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_version_red_flags_order_idx\` ON \`_guides_v_version_red_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_red_flags_parent_id_idx\` ON \`_guides_v_version_red_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`step\` text,
  	\`detail\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_version_steps_order_idx\` ON \`_guides_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_steps_parent_id_idx\` ON \`_guides_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_version_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_version_faq_order_idx\` ON \`_guides_v_version_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_faq_parent_id_idx\` ON \`_guides_v_version_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_version_channels_order_idx\` ON \`_guides_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_channels_parent_idx\` ON \`_guides_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_title\` text,
  	\`version_short_answer\` text,
  	\`version_scenario\` text,
  	\`version_seo_meta_title\` text,
  	\`version_seo_meta_description\` text,
  	\`version_seo_image_id\` text(36),
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_parent_idx\` ON \`_guides_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_slug_idx\` ON \`_guides_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_seo_version_seo_image_idx\` ON \`_guides_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_updated_at_idx\` ON \`_guides_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_created_at_idx\` ON \`_guides_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version__status_idx\` ON \`_guides_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_created_at_idx\` ON \`_guides_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_updated_at_idx\` ON \`_guides_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_latest_idx\` ON \`_guides_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_autosave_idx\` ON \`_guides_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_texts_order_parent\` ON \`_guides_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`brands_id\` text(36),
  	\`rules_id\` text(36),
  	\`guides_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`brands_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rules_id\`) REFERENCES \`rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_order_idx\` ON \`_guides_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_parent_idx\` ON \`_guides_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_path_idx\` ON \`_guides_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_brands_id_idx\` ON \`_guides_v_rels\` (\`brands_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_rules_id_idx\` ON \`_guides_v_rels\` (\`rules_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_guides_id_idx\` ON \`_guides_v_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE TABLE \`rules_match_phrases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`phrase\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`rules_match_phrases_order_idx\` ON \`rules_match_phrases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`rules_match_phrases_parent_id_idx\` ON \`rules_match_phrases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`rules_match_patterns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`regex\` text,
  	\`literal\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`rules_match_patterns_order_idx\` ON \`rules_match_patterns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`rules_match_patterns_parent_id_idx\` ON \`rules_match_patterns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`rules_match_links\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`rules_match_links_order_idx\` ON \`rules_match_links\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`rules_match_links_parent_idx\` ON \`rules_match_links\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`rules_match_phones\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`rules_match_phones_order_idx\` ON \`rules_match_phones\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`rules_match_phones_parent_idx\` ON \`rules_match_phones\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`rules_match_entities\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`rules_match_entities_order_idx\` ON \`rules_match_entities\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`rules_match_entities_parent_idx\` ON \`rules_match_entities\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`rules_examples_must_match\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`message\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`rules_examples_must_match_order_idx\` ON \`rules_examples_must_match\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`rules_examples_must_match_parent_id_idx\` ON \`rules_examples_must_match\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`rules_examples_must_not_match\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`message\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`rules_examples_must_not_match_order_idx\` ON \`rules_examples_must_not_match\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`rules_examples_must_not_match_parent_id_idx\` ON \`rules_examples_must_not_match\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`rules\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`title\` text,
  	\`explanation\` text,
  	\`severity\` text DEFAULT 'moderate',
  	\`scored\` integer DEFAULT true,
  	\`match_combination_min_any_of\` numeric DEFAULT 1,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`rules_slug_idx\` ON \`rules\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`rules_updated_at_idx\` ON \`rules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`rules_created_at_idx\` ON \`rules\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`rules__status_idx\` ON \`rules\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`rules_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`rules_texts_order_parent\` ON \`rules_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`rules_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`guides_id\` text(36),
  	\`rules_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rules_id\`) REFERENCES \`rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`rules_rels_order_idx\` ON \`rules_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`rules_rels_parent_idx\` ON \`rules_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`rules_rels_path_idx\` ON \`rules_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`rules_rels_guides_id_idx\` ON \`rules_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`rules_rels_rules_id_idx\` ON \`rules_rels\` (\`rules_id\`);`)
  await db.run(sql`CREATE TABLE \`_rules_v_version_match_phrases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`phrase\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_rules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_rules_v_version_match_phrases_order_idx\` ON \`_rules_v_version_match_phrases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_version_match_phrases_parent_id_idx\` ON \`_rules_v_version_match_phrases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_rules_v_version_match_patterns\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`regex\` text,
  	\`literal\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_rules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_rules_v_version_match_patterns_order_idx\` ON \`_rules_v_version_match_patterns\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_version_match_patterns_parent_id_idx\` ON \`_rules_v_version_match_patterns\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_rules_v_version_match_links\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_rules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_rules_v_version_match_links_order_idx\` ON \`_rules_v_version_match_links\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_version_match_links_parent_idx\` ON \`_rules_v_version_match_links\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_rules_v_version_match_phones\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_rules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_rules_v_version_match_phones_order_idx\` ON \`_rules_v_version_match_phones\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_version_match_phones_parent_idx\` ON \`_rules_v_version_match_phones\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_rules_v_version_match_entities\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_rules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_rules_v_version_match_entities_order_idx\` ON \`_rules_v_version_match_entities\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_version_match_entities_parent_idx\` ON \`_rules_v_version_match_entities\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_rules_v_version_examples_must_match\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`message\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_rules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_rules_v_version_examples_must_match_order_idx\` ON \`_rules_v_version_examples_must_match\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_version_examples_must_match_parent_id_idx\` ON \`_rules_v_version_examples_must_match\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_rules_v_version_examples_must_not_match\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`message\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_rules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_rules_v_version_examples_must_not_match_order_idx\` ON \`_rules_v_version_examples_must_not_match\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_version_examples_must_not_match_parent_id_idx\` ON \`_rules_v_version_examples_must_not_match\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_rules_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_title\` text,
  	\`version_explanation\` text,
  	\`version_severity\` text DEFAULT 'moderate',
  	\`version_scored\` integer DEFAULT true,
  	\`version_match_combination_min_any_of\` numeric DEFAULT 1,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`rules\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_rules_v_parent_idx\` ON \`_rules_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_version_version_slug_idx\` ON \`_rules_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_version_version_updated_at_idx\` ON \`_rules_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_version_version_created_at_idx\` ON \`_rules_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_version_version__status_idx\` ON \`_rules_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_created_at_idx\` ON \`_rules_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_updated_at_idx\` ON \`_rules_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_latest_idx\` ON \`_rules_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_autosave_idx\` ON \`_rules_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_rules_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_rules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_rules_v_texts_order_parent\` ON \`_rules_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_rules_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`guides_id\` text(36),
  	\`rules_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_rules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rules_id\`) REFERENCES \`rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_rules_v_rels_order_idx\` ON \`_rules_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_rels_parent_idx\` ON \`_rules_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_rels_path_idx\` ON \`_rules_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_rels_guides_id_idx\` ON \`_rules_v_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`_rules_v_rels_rules_id_idx\` ON \`_rules_v_rels\` (\`rules_id\`);`)
  await db.run(sql`CREATE TABLE \`brands_never_asks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brands_never_asks_order_idx\` ON \`brands_never_asks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`brands_never_asks_parent_id_idx\` ON \`brands_never_asks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`brands\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`brands_slug_idx\` ON \`brands\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`brands_updated_at_idx\` ON \`brands\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`brands_created_at_idx\` ON \`brands\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`brands_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brands_texts_order_parent\` ON \`brands_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reporting_bodies_nations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reporting_bodies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reporting_bodies_nations_order_idx\` ON \`reporting_bodies_nations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reporting_bodies_nations_parent_idx\` ON \`reporting_bodies_nations\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reporting_bodies_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reporting_bodies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reporting_bodies_channels_order_idx\` ON \`reporting_bodies_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reporting_bodies_channels_parent_idx\` ON \`reporting_bodies_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reporting_bodies_situations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reporting_bodies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reporting_bodies_situations_order_idx\` ON \`reporting_bodies_situations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reporting_bodies_situations_parent_idx\` ON \`reporting_bodies_situations\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reporting_bodies\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`country\` text NOT NULL,
  	\`what_to_report\` text NOT NULL,
  	\`link\` text NOT NULL,
  	\`phone\` text,
  	\`order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`reporting_bodies_slug_idx\` ON \`reporting_bodies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`reporting_bodies_updated_at_idx\` ON \`reporting_bodies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reporting_bodies_created_at_idx\` ON \`reporting_bodies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'author' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`test_messages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`label\` text NOT NULL,
  	\`channel\` text,
  	\`kind\` text,
  	\`source\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`test_messages_updated_at_idx\` ON \`test_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`test_messages_created_at_idx\` ON \`test_messages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`guides_id\` text(36),
  	\`rules_id\` text(36),
  	\`brands_id\` text(36),
  	\`reporting_bodies_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	\`test_messages_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rules_id\`) REFERENCES \`rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`brands_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reporting_bodies_id\`) REFERENCES \`reporting_bodies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`test_messages_id\`) REFERENCES \`test_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`rules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_brands_id_idx\` ON \`payload_locked_documents_rels\` (\`brands_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reporting_bodies_id_idx\` ON \`payload_locked_documents_rels\` (\`reporting_bodies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_test_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`test_messages_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`checker_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`thresholds_caution\` numeric DEFAULT 2 NOT NULL,
  	\`thresholds_high\` numeric DEFAULT 4 NOT NULL,
  	\`weights_strong\` numeric DEFAULT 4 NOT NULL,
  	\`weights_moderate\` numeric DEFAULT 2 NOT NULL,
  	\`weights_weak\` numeric DEFAULT 1 NOT NULL,
  	\`input_limit\` numeric DEFAULT 10000 NOT NULL,
  	\`disclaimer\` text DEFAULT 'This is a pattern check, not a verdict. It cannot tell you a message is safe. If in doubt, contact the organisation using details you find yourself.' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`guides_variants\`;`)
  await db.run(sql`DROP TABLE \`guides_red_flags\`;`)
  await db.run(sql`DROP TABLE \`guides_steps\`;`)
  await db.run(sql`DROP TABLE \`guides_faq\`;`)
  await db.run(sql`DROP TABLE \`guides_channels\`;`)
  await db.run(sql`DROP TABLE \`guides\`;`)
  await db.run(sql`DROP TABLE \`guides_texts\`;`)
  await db.run(sql`DROP TABLE \`guides_rels\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_version_variants\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_version_red_flags\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_version_faq\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_guides_v\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_rels\`;`)
  await db.run(sql`DROP TABLE \`rules_match_phrases\`;`)
  await db.run(sql`DROP TABLE \`rules_match_patterns\`;`)
  await db.run(sql`DROP TABLE \`rules_match_links\`;`)
  await db.run(sql`DROP TABLE \`rules_match_phones\`;`)
  await db.run(sql`DROP TABLE \`rules_match_entities\`;`)
  await db.run(sql`DROP TABLE \`rules_examples_must_match\`;`)
  await db.run(sql`DROP TABLE \`rules_examples_must_not_match\`;`)
  await db.run(sql`DROP TABLE \`rules\`;`)
  await db.run(sql`DROP TABLE \`rules_texts\`;`)
  await db.run(sql`DROP TABLE \`rules_rels\`;`)
  await db.run(sql`DROP TABLE \`_rules_v_version_match_phrases\`;`)
  await db.run(sql`DROP TABLE \`_rules_v_version_match_patterns\`;`)
  await db.run(sql`DROP TABLE \`_rules_v_version_match_links\`;`)
  await db.run(sql`DROP TABLE \`_rules_v_version_match_phones\`;`)
  await db.run(sql`DROP TABLE \`_rules_v_version_match_entities\`;`)
  await db.run(sql`DROP TABLE \`_rules_v_version_examples_must_match\`;`)
  await db.run(sql`DROP TABLE \`_rules_v_version_examples_must_not_match\`;`)
  await db.run(sql`DROP TABLE \`_rules_v\`;`)
  await db.run(sql`DROP TABLE \`_rules_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_rules_v_rels\`;`)
  await db.run(sql`DROP TABLE \`brands_never_asks\`;`)
  await db.run(sql`DROP TABLE \`brands\`;`)
  await db.run(sql`DROP TABLE \`brands_texts\`;`)
  await db.run(sql`DROP TABLE \`reporting_bodies_nations\`;`)
  await db.run(sql`DROP TABLE \`reporting_bodies_channels\`;`)
  await db.run(sql`DROP TABLE \`reporting_bodies_situations\`;`)
  await db.run(sql`DROP TABLE \`reporting_bodies\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`test_messages\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`checker_settings\`;`)
}
