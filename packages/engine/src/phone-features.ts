// Decides which phone features (see PhoneFeature in @redflags/schema) a number has.
import type { PhoneFeature } from '@redflags/schema';
import type { FoundPhone } from './extract-phones.js';
import type { KnownBrand } from './known-brands.js';

/** Calling codes of the countries Redflags serves (US/CA, UK, Australia, New Zealand, Ireland). */
const SERVED_CALLING_CODES: ReadonlySet<string> = new Set(['1', '44', '61', '64', '353']);

/**
 * Lists the features of one phone number, given the brands the message names.
 * @example phoneFeatures(found('+234 803 123 4567'), brands, new Set()) // Set {'any-phone', 'international'}
 */
export function phoneFeatures(phone: FoundPhone, brands: readonly KnownBrand[], named: ReadonlySet<number>): Set<PhoneFeature> {
  const features = new Set<PhoneFeature>(['any-phone']);
  if (!SERVED_CALLING_CODES.has(phone.callingCode)) features.add('international');
  if (phone.type === 'PREMIUM_RATE') features.add('premium-rate');
  if (named.size > 0 && ![...named].some((index) => brands[index]!.phones.has(phone.e164))) features.add('not-brand-official');
  return features;
}
