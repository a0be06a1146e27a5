// The launch content as one value: every shape comes from @redflags/schema, as written (defaults not filled in).
import type {
  BrandInput,
  CheckerSettingsInput,
  GuideInput,
  NextStepsInput,
  ReportingBodyInput,
  RuleInput,
  SignInput,
} from '@redflags/schema';

export interface LaunchContent {
  brands: BrandInput[];
  reportingBodies: ReportingBodyInput[];
  /** What to do now, for each country and answer to "What has happened so far?". */
  nextSteps: NextStepsInput[];
  /** The warning signs rules belong to. */
  signs: SignInput[];
  /** Every combination after the rules it names. */
  rules: RuleInput[];
  guides: GuideInput[];
  settings: CheckerSettingsInput;
}
