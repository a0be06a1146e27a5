import * as migration_20261125_140750_initial from './20261125_140750_initial';

export const migrations = [
  {
    up: migration_20261125_140750_initial.up,
    down: migration_20261125_140750_initial.down,
    name: '20261125_140750_initial'
  },
];
