// Payload configuration for the running CMS, read from the environment (see README).
import { buildRedflagsConfig } from './config/build-config.js';
import { jobsCronFromEnv } from './scheduling/jobs.js';

export default buildRedflagsConfig({
  databaseUri: process.env.DATABASE_URI,
  secret: process.env.PAYLOAD_SECRET,
  seedWhenEmpty: process.env.REDFLAGS_SEED !== 'false',
  adminEmail: process.env.ADMIN_EMAIL,
  adminPassword: process.env.ADMIN_PASSWORD,
  serverUrl: process.env.REDFLAGS_CMS_URL,
  jobsCron: jobsCronFromEnv(process.env),
});
