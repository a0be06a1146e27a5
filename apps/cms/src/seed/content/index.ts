// The launch content the seed loads into an empty database. Editors change it in the admin afterwards.
import { brands } from './brands.js';
import { guides } from './guides/index.js';
import { nextSteps } from './next-steps.js';
import { reportingBodies } from './reporting-bodies.js';
import { rules } from './rules/index.js';
import { settings } from './settings.js';
import { signs } from './signs.js';
import type { LaunchContent } from './types.js';

export type { GuideSeed, LaunchContent } from './types.js';

export const launchContent: LaunchContent = { brands, reportingBodies, nextSteps, signs, rules, guides, settings };
