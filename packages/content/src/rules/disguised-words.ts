// Text disguised to slip past spam filters: key words broken up with dots ("paymen.t", "pr.esent").
import type { RuleInput } from '@redflags/schema';
import { dottedSpellings } from './dotted-spellings.js';

/** Words that scam texts break up, long enough that a dot inside them is never an abbreviation or a web address. */
const DISGUISED_WORDS = [
  'payment',
  'present',
  'reward',
  'surprise',
  'received',
  'thanks',
  'invoice',
  'account',
  'verify',
  'locked',
  'suspended',
  'parcel',
  'package',
  'delivery',
  'password',
  'refund',
  'update',
  'confirm',
  'amazon',
  'paypal',
];

export const disguisedWordRules: RuleInput[] = [
  {
    id: 'words-broken-by-dots',
    sign: 'disguised-text',
    title: 'Key words broken up with dots to get past filters',
    explanation:
      'Words such as "payment", "present" or "account" are broken up with dots ("paymen.t", "pr.esent"). Nobody writes like that by accident: it is done so that spam filters do not recognise the words. Treat the message as a scam and do not open its link.',
    severity: 'strong',
    kinds: ['phishing'],
    guides: ['account-problem-message'],
    match: { patterns: dottedSpellings(...DISGUISED_WORDS) },
    examples: {
      mustMatch: ['Your paymen.t for May was received. Here is a pr.esent for you: https://gift-x.top/a', 'Your acc.ount is lock.ed'],
      mustNotMatch: ['Your payment for May was received. Thank you.', 'See the file invoice.pdf and account.xlsx'],
    },
  },
];
