// A start-up failure in words that say what failed and what to check.
import { databaseHost, maskDatabaseUri, type DatabaseChoice } from './choose-database.js';

/**
 * The reasons in an error and its causes, outermost first, without the SQL and the parameters of a
 * failed query (they can hold password hashes and people's data): the cause says what went wrong.
 * @example errorDetail(new Error('Failed query: insert …\nparams: …', { cause: new Error('database is locked') })) // 'a database query failed: database is locked'
 */
export function errorDetail(error: unknown): string {
  const reasons: string[] = [];
  for (
    let current: unknown = error;
    current !== undefined && current !== null && reasons.length < 6;
    current = current instanceof Error ? current.cause : undefined
  ) {
    const message = current instanceof Error ? current.message : String(current);
    reasons.push(/^Failed query:/.test(message) ? 'a database query failed' : message);
  }
  return reasons.join(': ');
}

export function explainStartupError(error: unknown, choice: DatabaseChoice): string {
  const detail = maskDatabaseUri(errorDetail(error));
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
