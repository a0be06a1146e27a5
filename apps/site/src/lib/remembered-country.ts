// The country the visitor chose, kept in this browser only (localStorage), never sent: the checker,
// the guide pages and /report/ start from it. A browser that refuses storage just forgets.
// No zod here: this runs in the browser, where the vocabulary's list is enough to check a stored value.
import type { Country } from '@redflags/schema';
import { COUNTRIES } from './vocabulary.js';

const KEY = 'redflags:country';

/** The country chosen earlier in this browser, if any. */
export function rememberedCountry(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): Country | undefined {
  try {
    return asCountry(storage?.getItem(KEY));
  } catch {
    return undefined;
  }
}

/** Keeps the visitor's choice in this browser; an empty choice forgets it. */
export function rememberCountry(country: string, storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = safeStorage()): void {
  try {
    const known = asCountry(country);
    if (known) storage?.setItem(KEY, known);
    else storage?.removeItem(KEY);
  } catch {
    // Storage full or refused: the choice lasts for this page only.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function asCountry(value: string | null | undefined): Country | undefined {
  return COUNTRIES.find((country) => country.code === value)?.code;
}
