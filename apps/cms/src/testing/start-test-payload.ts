// Boots Payload on a fresh temporary SQLite file through the Local API, for integration tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getPayload, handleEndpoints, type Payload, type SanitizedConfig } from 'payload';
import { buildRedflagsConfig, type RedflagsConfigOptions } from '../config/build-config.js';

export interface TestPayload {
  payload: Payload;
  config: SanitizedConfig;
  directory: string;
  /** Sends a request to the REST API (custom endpoints included) without a server. */
  fetchApi: (pathAndQuery: string, init?: RequestInit) => Promise<Response>;
  /** Closes the database and deletes the temporary folder. */
  stop: () => Promise<void>;
}

export async function startTestPayload(options: RedflagsConfigOptions = {}): Promise<TestPayload> {
  const directory = mkdtempSync(path.join(tmpdir(), 'redflags-cms-'));
  const config = await buildRedflagsConfig({
    databaseUri: `file:${path.join(directory, 'test.db')}`,
    secret: 'test-secret-not-for-production',
    seedWhenEmpty: false,
    ...options,
  });
  const payload = await getPayload({ config, key: directory });
  return {
    payload,
    config,
    directory,
    fetchApi: (pathAndQuery, init) =>
      handleEndpoints({ config, payloadInstanceCacheKey: directory, request: new Request(`http://localhost${pathAndQuery}`, init) }),
    stop: async () => {
      await payload.destroy();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
