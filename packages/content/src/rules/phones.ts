// Warning signs in the phone numbers a message gives: numbers that are not the named company's,
// premium-rate numbers, and numbers abroad.
import type { RuleInput } from '@redflags/schema';

export const phoneRules: RuleInput[] = [
  {
    id: 'phone-not-brand-official',
    sign: 'call-its-number',
    title: "Gives a number that is not the company's real one",
    explanation:
      "The message names a company but asks you to call a number that is not one the company publishes. Scammers answer these numbers themselves. Look the number up on the company's own website or your card.",
    severity: 'moderate',
    kinds: ['fake-charge', 'amazon-impersonation', 'tech-support'],
    guides: ['amazon-fraud-prevention-call', 'tech-support-scam', 'bank-fraud-team-call'],
    match: {
      phones: ['not-brand-official'],
      combination: {
        anyOf: [
          'account-problem-words',
          'charge-words',
          'not-you-words',
          'urgency-words',
          'call-us-words',
          'prize-words',
          'tech-support-warning',
          'refund-claim-words',
        ],
      },
    },
    examples: {
      mustMatch: [
        'Amazon: a charge was made. Call +1 (415) 555-0199 to cancel',
        'Microsoft security team: your computer is infected, call +1 213 555 0147',
      ],
      mustNotMatch: ['Amazon customer service: +1 888 280 4331', 'Call me on +1 415 555 0199 when you land'],
    },
  },
  {
    id: 'phone-premium-rate',
    sign: 'call-its-number',
    title: 'Asks you to call a premium-rate number',
    explanation:
      'The number costs far more than a normal call, and the caller earns from every minute you stay on the line. Prize "claim lines" often use these.',
    severity: 'weak',
    kinds: ['prize'],
    guides: ['prize-lottery-win'],
    // UK companies still list 0845 and 0870 numbers for customer service: the number counts only with a rush, a prize or another lure.
    match: {
      phones: ['premium-rate'],
      combination: { anyOf: ['reply-keyword', 'urgency-words', 'prize-words', 'premium-lure-words', 'premium-charge-words'] },
    },
    examples: {
      mustMatch: ['To claim, call 09012345678 now', 'Ring 0906 123 4567 to collect your prize'],
      mustNotMatch: [
        'Call me on 07700 900123',
        'Call the office on 020 7946 0123',
        'Your item could not be found. For help, contact Customer Services on 0845 123 4567',
      ],
    },
  },
  {
    id: 'phone-international-with-request',
    sign: 'call-its-number',
    title: 'Asks you to contact a number in another country',
    explanation:
      'The message asks you to call or message a number from another country, often through WhatsApp. Local companies and agencies use local numbers.',
    severity: 'weak',
    kinds: ['job', 'prize'],
    guides: ['job-task-scam', 'prize-lottery-win'],
    match: {
      phones: ['international'],
      combination: { anyOf: ['call-us-words', 'messaging-app-contact', 'prize-words', 'job-offer-words'] },
    },
    examples: {
      mustMatch: ['Congratulations! Contact our agent on +234 803 123 4567', 'Part-time job. WhatsApp me on +63 917 123 4567'],
      mustNotMatch: ['Congratulations on the new job!', 'Contact us at our office on Monday'],
    },
  },
];
