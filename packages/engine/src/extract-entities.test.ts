import { describe, expect, it } from 'vitest';
import { compileBundle } from './validate-bundle.js';
import { findEntities } from './extract-entities.js';
import { parseHost } from './parse-host.js';
import { bundleOf, ruleWith } from './test-support/bundles.js';

const found = (text: string) => findEntities(text, parseHost).entities.map((e) => [e.type, e.value, text.slice(e.span.start, e.span.end)]);

describe('findEntities', () => {
  it('finds amounts of money with their currency', () => {
    expect(found('Pay $799, £1,000.50 or 250 dollars')).toEqual([
      ['money', 'USD 799', '$799'],
      ['money', 'GBP 1000.50', '£1,000.50'],
      ['money', 'USD 250', '250 dollars'],
    ]);
  });

  it('reads at most 20 amounts from one message, skipping those inside a phone number', () => {
    const amounts = findEntities(`call +44 7700 900123 ${'pay $5 '.repeat(30)}`, parseHost).entities.filter((e) => e.type === 'money');
    expect(amounts).toHaveLength(20);
    expect(amounts[0]!.span.start).toBe('call +44 7700 900123 pay '.length);
  });

  it('finds crypto wallets but not all-caps codes', () => {
    expect(found('to 0x52908400098527886E0F7030069857D2E4169EE7 or bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).toEqual([
      ['crypto-wallet', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
      ['crypto-wallet', '0x52908400098527886E0F7030069857D2E4169EE7', '0x52908400098527886E0F7030069857D2E4169EE7'],
    ]);
    expect(found('ref 1ABCDEFGHJKLMNPQRSTUVWXYZ123')).toEqual([]);
  });

  it('finds links, e-mail addresses, phones and short codes', () => {
    expect(found('Visit bit.ly/x or mail a@b.com, call 020 7946 0018, text 80888').map(([type]) => type)).toEqual([
      'link',
      'email-address',
      'phone',
    ]);
    expect(found('text STOP to 80888')).toEqual([['short-code', '80888', '80888']]);
  });
});

describe('keyword entities in a check', () => {
  const checker = compileBundle(
    bundleOf([
      ruleWith('gift', { entities: ['gift-card'] }),
      ruleWith('remote', { entities: ['remote-access-app'] }),
      ruleWith('code', { entities: ['one-time-code'] }),
    ]),
  );

  it('finds gift cards, remote-access apps and one-time codes, obfuscated or not', () => {
    const text = 'Get G00GLE PLAY cards, install Any Desk and read the OTP';
    const result = checker.check(text);
    expect(result.entities.map((e) => [e.type, e.value, e.text])).toEqual([
      ['gift-card', 'Google Play card', 'G00GLE PLAY cards'],
      ['remote-access-app', 'AnyDesk', 'Any Desk'],
      ['one-time-code', 'one-time code', 'OTP'],
    ]);
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual(['code', 'gift', 'remote']);
  });
});
