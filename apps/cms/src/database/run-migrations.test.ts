import { describe, expect, it } from 'vitest';
import { migrations } from '../migrations/index.js';
import { DATA_MIGRATIONS, migrationsFor } from './run-migrations.js';

describe('migrationsFor', () => {
  it('runs every migration on SQLite, in order', () => {
    expect(migrationsFor('sqlite')).toEqual(migrations);
  });

  it('runs only the data migrations on MongoDB, which has no tables to change', () => {
    expect(migrationsFor('mongoose').map((m) => m.name)).toEqual([...DATA_MIGRATIONS]);
  });

  it('names only migrations that exist', () => {
    const names = new Set(migrations.map((m) => m.name));
    for (const name of DATA_MIGRATIONS) expect(names.has(name), name).toBe(true);
  });
});
