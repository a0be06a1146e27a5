import * as migration_20261125_140750_initial from './20261125_140750_initial';
import * as migration_20261125_150522_rule_low_precision_publish from './20261125_150522_rule_low_precision_publish';
import * as migration_20261202_150235_scheduled_publishing from './20261202_150235_scheduled_publishing';

export const migrations = [
  {
    up: migration_20261125_140750_initial.up,
    down: migration_20261125_140750_initial.down,
    name: '20261125_140750_initial',
  },
  {
    up: migration_20261125_150522_rule_low_precision_publish.up,
    down: migration_20261125_150522_rule_low_precision_publish.down,
    name: '20261125_150522_rule_low_precision_publish',
  },
  {
    up: migration_20261202_150235_scheduled_publishing.up,
    down: migration_20261202_150235_scheduled_publishing.down,
    name: '20261202_150235_scheduled_publishing'
  },
];
