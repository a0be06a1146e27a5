// How findings add up to a level. Tuned on the odd-numbered half of the development corpus only:
// one moderate sign reads "caution"; a strong sign, or a moderate sign with any other sign, reads "high".
// A weak sign alone ("Dear customer", a link ending in a random code) never raises a warning. On the odd half no
// harmless message scored above 2, which is why "high" starts at 3.
import type { CheckerSettingsInput } from '@redflags/schema';

export const settings: CheckerSettingsInput = {
  thresholds: { caution: 2, high: 3 },
  weights: { strong: 4, moderate: 2, weak: 1 },
  inputLimit: 10_000,
};
