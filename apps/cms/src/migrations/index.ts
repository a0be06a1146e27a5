import * as migration_20261125_140750_initial from './20261125_140750_initial';
import * as migration_20261125_150522_rule_low_precision_publish from './20261125_150522_rule_low_precision_publish';
import * as migration_20261202_150235_scheduled_publishing from './20261202_150235_scheduled_publishing';
import * as migration_20261202_150848_signs_and_next_steps from './20261202_150848_signs_and_next_steps';
import * as migration_20261202_185517_scoring_models_and_test_message_part from './20261202_185517_scoring_models_and_test_message_part';
import * as migration_20261202_191745_repair_refused_launch_patterns from './20261202_191745_repair_refused_launch_patterns';

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
    name: '20261202_150235_scheduled_publishing',
  },
  {
    up: migration_20261202_150848_signs_and_next_steps.up,
    down: migration_20261202_150848_signs_and_next_steps.down,
    name: '20261202_150848_signs_and_next_steps',
  },
  {
    up: migration_20261202_185517_scoring_models_and_test_message_part.up,
    down: migration_20261202_185517_scoring_models_and_test_message_part.down,
    name: '20261202_185517_scoring_models_and_test_message_part',
  },
  {
    up: migration_20261202_191745_repair_refused_launch_patterns.up,
    down: migration_20261202_191745_repair_refused_launch_patterns.down,
    name: '20261202_191745_repair_refused_launch_patterns'
  },
];
