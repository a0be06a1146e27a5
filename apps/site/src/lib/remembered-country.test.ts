import { describe, expect, it } from 'vitest';
import { rememberCountry, rememberedCountry } from './remembered-country.js';

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
    clear: () => values.clear(),
    key: () => null,
    get length() {
      return values.size;
    },
  };
}

describe('remembered country', () => {
  it('keeps a chosen country and forgets it when the choice is emptied', () => {
    const storage = memoryStorage();
    expect(rememberedCountry(storage)).toBeUndefined();
    rememberCountry('au', storage);
    expect(rememberedCountry(storage)).toBe('au');
    rememberCountry('', storage);
    expect(rememberedCountry(storage)).toBeUndefined();
  });

  it('ignores a stored value that is not a country, and a browser that refuses storage', () => {
    const storage = memoryStorage();
    storage.setItem('redflags:country', 'narnia');
    expect(rememberedCountry(storage)).toBeUndefined();
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(rememberedCountry(refusing)).toBeUndefined();
    expect(() => rememberCountry('uk', refusing)).not.toThrow();
  });
});
