// A start-up failure in words that say what failed and what to check.
import { databaseHost, maskDatabaseUri, type DatabaseChoice } from './choose-database.js';

export function explainStartupError(error: unknown, choice: DatabaseChoice): string {
  const detail = maskDatabaseUri(error instanceof Error ? error.message : String(error));
  if (choice.kind === 'mongodb' && /mongo|ECONNREFUSED|ENOTFOUND|timed out|Server selection/i.test(detail)) {
    return [
      `Cannot connect to MongoDB at ${databaseHost(choice.url)} (DATABASE_URI=${maskDatabaseUri(choice.url)}).`,
      `Reason: ${detail}`,
      'Check that the MongoDB server is running and reachable from this machine at that host and port,',
      'that DATABASE_URI (user, password, database, replicaSet) is right, and that no firewall, VPN or IP allow-list blocks it.',
      'Nothing was written.',
    ].join('\n');
  }
  if (choice.kind === 'sqlite' && /SQLITE_|cannot connect to SQLite|database is locked|readonly database|EACCES|EROFS/i.test(detail)) {
    return [
      `Cannot use the SQLite database ${choice.url.replace(/^file:/i, '')}.`,
      `Reason: ${detail}`,
      'Check that the folder exists and is writable, that no other process holds the file locked, and that the disk is not full.',
    ].join('\n');
  }
  return `The CMS could not start: ${detail}`;
}
