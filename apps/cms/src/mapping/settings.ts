// Checker settings: between the Payload global and the schema's CheckerSettings.
import type { CheckerSettingsInput } from '@redflags/schema';

export interface SettingsDocument {
  thresholds?: { caution?: number | null; high?: number | null } | null;
  weights?: { strong?: number | null; moderate?: number | null; weak?: number | null } | null;
  inputLimit?: number | null;
  disclaimer?: string | null;
}

export function settingsFromDocument(doc: SettingsDocument): CheckerSettingsInput {
  const weights = doc.weights;
  return {
    thresholds: { caution: doc.thresholds?.caution ?? Number.NaN, high: doc.thresholds?.high ?? Number.NaN },
    ...(weights && weights.strong != null && weights.moderate != null && weights.weak != null
      ? { weights: { strong: weights.strong, moderate: weights.moderate, weak: weights.weak } }
      : {}),
    ...(doc.inputLimit != null ? { inputLimit: doc.inputLimit } : {}),
    ...(doc.disclaimer ? { disclaimer: doc.disclaimer } : {}),
  };
}

/** What the seed writes to the global (every value present, no nulls). */
export type SettingsData = Pick<CheckerSettingsInput, 'thresholds' | 'weights' | 'inputLimit' | 'disclaimer'>;

export function settingsToDocument(settings: CheckerSettingsInput): SettingsData {
  return {
    thresholds: settings.thresholds,
    ...(settings.weights ? { weights: settings.weights } : {}),
    ...(settings.inputLimit !== undefined ? { inputLimit: settings.inputLimit } : {}),
    ...(settings.disclaimer !== undefined ? { disclaimer: settings.disclaimer } : {}),
  };
}

/** Settings fields have the same paths in Payload and the schema. */
export function settingsFieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
