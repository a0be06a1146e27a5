// Shapes of the launch content as written here. Everything comes from @redflags/schema;
// the only difference is that a guide's scenario is written as plain paragraphs, which the
// seed turns into Lexical rich text.
import type { BrandInput, CheckerSettingsInput, GuideInput, NextStepsInput, ReportingBodyInput, RuleInput, SignInput } from '@redflags/schema';

export type GuideSeed = Omit<GuideInput, 'scenario'> & {
  /** The scenario as paragraphs of plain text, in order. */
  scenario: string[];
};

export interface LaunchContent {
  brands: BrandInput[];
  reportingBodies: ReportingBodyInput[];
  /** What to do now, for each country and answer to "What has happened so far?". */
  nextSteps: NextStepsInput[];
  /** The warning signs rules belong to. */
  signs: SignInput[];
  rules: RuleInput[];
  guides: GuideSeed[];
  settings: CheckerSettingsInput;
}
