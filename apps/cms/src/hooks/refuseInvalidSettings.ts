// Checker settings are checked against the CheckerSettings schema on every save.
import { CheckerSettings } from '@redflags/schema';
import type { GlobalBeforeChangeHook } from 'payload';
import { mergeDocument } from '../mapping/merge-document.js';
import { settingsFieldPath, settingsFromDocument, type SettingsDocument } from '../mapping/settings.js';
import { problemsFromZod, refuseIfProblems } from '../validation/refuse.js';

export const refuseInvalidSettings: GlobalBeforeChangeHook = ({ data, originalDoc, req, global }) => {
  const parsed = CheckerSettings.safeParse(settingsFromDocument(mergeDocument(originalDoc, data) as SettingsDocument));
  if (!parsed.success) refuseIfProblems(problemsFromZod(parsed.error, settingsFieldPath), { global: global.slug, req });
  return data;
};
