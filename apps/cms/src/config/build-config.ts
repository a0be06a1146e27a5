// The whole Payload configuration, built from options so tests can point it at a temporary
// database. `payload.config.ts` calls it with the environment.
import { lexicalEditor } from '@payloadcms/richtext-lexical';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConfig, type SanitizedConfig } from 'payload';
import sharp from 'sharp';
import { Brands } from '../collections/Brands.js';
import { Guides } from '../collections/Guides.js';
import { Media } from '../collections/Media.js';
import { ReportingBodies } from '../collections/ReportingBodies.js';
import { NextSteps } from '../collections/NextSteps.js';
import { Rules } from '../collections/Rules.js';
import { Signs } from '../collections/Signs.js';
import { ScoringModels } from '../collections/ScoringModels.js';
import { TestMessages } from '../collections/TestMessages.js';
import { Users } from '../collections/Users.js';
import { chooseDatabase } from '../database/choose-database.js';
import { createDatabaseAdapter } from '../database/create-adapter.js';
import { CheckerSettings } from '../globals/CheckerSettings.js';
import { bundleEndpoint, exportEndpoint } from '../publishing/endpoints.js';
import { siteStatusEndpoint } from '../site-status/site-status.js';
import { previewEndpoint } from '../preview/preview-endpoint.js';
import { jobsConfig, type JobsOptions } from '../scheduling/jobs.js';
import { cancelScheduledPublishEndpoint, scheduledPublishesEndpoint } from '../scheduling/scheduled-publishes.js';
import { prepareDatabase } from '../startup/prepare-database.js';
import { resolveSecret } from './secret.js';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** apps/cms/.data: the SQLite file, the generated secret and uploads (git-ignored). */
export const dataDir = path.resolve(srcDir, '..', '.data');

export interface RedflagsConfigOptions {
  /** DATABASE_URI; unset means the SQLite file in apps/cms/.data/. */
  databaseUri?: string;
  /** PAYLOAD_SECRET; unset means the one kept in apps/cms/.data/secret. */
  secret?: string;
  /** Load the launch content when the database is empty (default true). */
  seedWhenEmpty?: boolean;
  adminEmail?: string;
  adminPassword?: string;
  serverUrl?: string;
  /** When this process runs due jobs (scheduled publishes): REDFLAGS_JOBS_CRON; false for never. */
  jobsCron?: JobsOptions['cron'];
}

export function buildRedflagsConfig(options: RedflagsConfigOptions = {}): Promise<SanitizedConfig> {
  const choice = chooseDatabase(options.databaseUri, path.join(dataDir, 'redflags.db'));
  return buildConfig({
    admin: {
      user: Users.slug,
      importMap: { baseDir: srcDir },
      meta: { titleSuffix: ' — Redflags CMS' },
      components: {
        afterDashboard: [
          '/components/SiteStatusPanel.js#SiteStatusPanel',
          '/components/ScheduledPublishesPanel.js#ScheduledPublishesPanel',
          '/components/ScoringModelNotice.js#ScoringModelNotice',
        ],
      },
      livePreview: {
        breakpoints: [
          { name: 'phone', label: 'Phone', width: 375, height: 740 },
          { name: 'desktop', label: 'Desktop', width: 1280, height: 900 },
        ],
      },
    },
    collections: [Guides, Rules, Signs, Brands, ReportingBodies, NextSteps, Media, Users, TestMessages, ScoringModels],
    globals: [CheckerSettings],
    endpoints: [
      bundleEndpoint,
      exportEndpoint,
      siteStatusEndpoint,
      previewEndpoint,
      scheduledPublishesEndpoint,
      cancelScheduledPublishEndpoint,
    ],
    jobs: jobsConfig({ cron: options.jobsCron }),
    editor: lexicalEditor(),
    db: createDatabaseAdapter(choice, path.join(srcDir, 'migrations')),
    secret: resolveSecret(options.secret, path.join(dataDir, 'secret')),
    ...(options.serverUrl ? { serverURL: options.serverUrl } : {}),
    sharp,
    telemetry: false,
    graphQL: { disablePlaygroundInProduction: true },
    typescript: { outputFile: path.join(srcDir, 'payload-types.ts') },
    onInit: (payload) =>
      prepareDatabase(payload, {
        seedWhenEmpty: options.seedWhenEmpty ?? true,
        ...(options.adminEmail ? { adminEmail: options.adminEmail } : {}),
        ...(options.adminPassword ? { adminPassword: options.adminPassword } : {}),
      }),
  });
}
