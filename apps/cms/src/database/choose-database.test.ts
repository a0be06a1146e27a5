// Database selection from DATABASE_URI, and the printable forms of a URI.
import { describe, expect, it } from 'vitest';
import { chooseDatabase, databaseHost, maskDatabaseUri } from './choose-database.js';
import { createDatabaseAdapter } from './create-adapter.js';

describe('chooseDatabase', () => {
  it('uses the embedded SQLite file when DATABASE_URI is unset or blank', () => {
    expect(chooseDatabase(undefined, '/srv/.data/redflags.db')).toEqual({ kind: 'sqlite', url: 'file:/srv/.data/redflags.db' });
    expect(chooseDatabase('  ', '/srv/.data/redflags.db').kind).toBe('sqlite');
  });

  it('selects MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(chooseDatabase('mongodb://db:27017/redflags', 'x')).toEqual({ kind: 'mongodb', url: 'mongodb://db:27017/redflags' });
    expect(chooseDatabase('mongodb+srv://cluster0.example.net/redflags', 'x').kind).toBe('mongodb');
  });

  it('refuses other schemes, naming the URI without its password and what is supported', () => {
    expect(() => chooseDatabase('postgres://ann:hunter2@db/redflags', 'x')).toThrow(
      "DATABASE_URI 'postgres://ann:****@db/redflags' is not supported: use mongodb://… or mongodb+srv://… for MongoDB",
    );
  });
});

describe('createDatabaseAdapter', () => {
  it('builds the mongoose adapter for a MongoDB choice', () => {
    const adapter = createDatabaseAdapter({ kind: 'mongodb', url: 'mongodb://127.0.0.1:27017/redflags' }, '/tmp/migrations');
    expect(adapter.name).toBe('mongoose');
  });

  it('builds the SQLite adapter for a SQLite choice', () => {
    const adapter = createDatabaseAdapter({ kind: 'sqlite', url: 'file::memory:' }, '/tmp/migrations');
    expect(adapter.name).toBe('sqlite');
  });
});

describe('maskDatabaseUri and databaseHost', () => {
  it('hides the password and keeps the user and host', () => {
    expect(maskDatabaseUri('mongodb://ann:s3cr%40t@db.example:27017/redflags?authSource=admin')).toBe(
      'mongodb://ann:****@db.example:27017/redflags?authSource=admin',
    );
    expect(maskDatabaseUri('mongodb://db.example:27017/redflags')).toBe('mongodb://db.example:27017/redflags');
  });

  it('names the host list of a URI', () => {
    expect(databaseHost('mongodb://ann:pw@db1:27017,db2:27017/redflags?replicaSet=rs0')).toBe('db1:27017,db2:27017');
    expect(databaseHost('mongodb://127.0.0.1:1')).toBe('127.0.0.1:1');
  });
});
