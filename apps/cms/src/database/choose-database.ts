// Which database the CMS uses: DATABASE_URI=mongodb://… (or mongodb+srv://…) selects MongoDB;
// anything else, or nothing, the embedded SQLite file.

export type DatabaseChoice = { kind: 'sqlite'; url: string } | { kind: 'mongodb'; url: string };

/**
 * @example chooseDatabase(undefined, '/x/.data/redflags.db') // { kind: 'sqlite', url: 'file:/x/.data/redflags.db' }
 * @example chooseDatabase('mongodb://db:27017/redflags', '…').kind // 'mongodb'
 */
export function chooseDatabase(uri: string | undefined, defaultSqliteFile: string): DatabaseChoice {
  const value = uri?.trim();
  if (!value) return { kind: 'sqlite', url: `file:${defaultSqliteFile}` };
  if (/^mongodb(\+srv)?:\/\//i.test(value)) return { kind: 'mongodb', url: value };
  if (/^file:/i.test(value)) return { kind: 'sqlite', url: value };
  throw new Error(
    `DATABASE_URI '${maskDatabaseUri(value)}' is not supported: use mongodb://… or mongodb+srv://… for MongoDB, ` +
      'file:/path/to.db for a SQLite file, or leave it unset for the embedded SQLite database in apps/cms/.data/',
  );
}

/**
 * The URI with its password replaced, safe to print.
 * @example maskDatabaseUri('mongodb://ann:secret@db:27017/x') // 'mongodb://ann:****@db:27017/x'
 */
export function maskDatabaseUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/?#@]*):[^@/?#]*@/i, '$1:****@');
}

/**
 * The host (and port) part of a MongoDB URI, for error messages.
 * @example databaseHost('mongodb://ann:secret@db.example:27017/x') // 'db.example:27017'
 */
export function databaseHost(uri: string): string {
  const authority = uri.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0] ?? '';
  return authority.slice(authority.lastIndexOf('@') + 1);
}
