// Before the end-to-end tests: seed a temporary CMS database with the launch content and export it,
// so the site tests run on the seeded content (unless REDFLAGS_E2E_CONTENT already names a folder).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { exportContent, prepareSeededDatabase, repoRoot } from './cms.js';

export default function setup(): () => void {
  if (process.env.REDFLAGS_E2E_CONTENT) return () => {};
  const started = Date.now();
  const database = prepareSeededDatabase();
  const contentDir = join(repoRoot, 'tests/.e2e-content');
  mkdirSync(contentDir, { recursive: true });
  exportContent(database, contentDir);
  process.env.REDFLAGS_E2E_CONTENT = contentDir;
  process.env.REDFLAGS_E2E_DATABASE_DIR = database.directory;
  console.log(`seeded and exported the launch content in ${((Date.now() - started) / 1000).toFixed(1)} s → ${contentDir}`);
  return () => rmSync(database.directory, { recursive: true, force: true });
}
