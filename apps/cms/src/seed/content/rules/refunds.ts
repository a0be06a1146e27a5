// Refund scams: "you are owed money", with a request that only a scammer needs (card details, a click, a claim).
// unexpected-refund-with-link in account.ts covers a refund with a link or number; these catch the rest.
import type { RuleInput } from '@redflags/schema';

const guides = ['account-problem-message', 'government-tax-impersonation'];

export const refundRules: RuleInput[] = [
  {
    scored: false,
    severity: 'weak',
    id: 'refund-offer-words',
    title: 'Says you are owed money back',
    explanation: 'The message says you are due a refund, a rebate or compensation.',
    guides,
    match: {
      phrases: ['refund', 'owe you money', 'we owe you', 'money back', 'overcharged', 'over-charged', 'reimburse', 'rebate', 'cashback', 'cash back',
        'compensation', 'owed to you', 'you are owed'],
    },
    examples: { mustMatch: ['You are due a refund', 'We owe you money'], mustNotMatch: ['The shop was closed', 'Thanks for lunch'] },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'refund-action-words',
    title: 'Asks you to do something to get money back',
    explanation: 'The message asks you to claim, apply, click or give details to receive money.',
    guides,
    match: {
      phrases: ['card details', 'bank details', 'card number', 'account number', 'could not be processed', 'unable to process', 'click to claim', 'click here to claim',
        'click the link to', 'apply now',
        'apply here', 'you qualify', 'you are eligible', 'you\'re eligible', 'to receive it', 'to receive your', 'to receive the', 'claim it',
        'claim your', 'claim now', 'reply yes', 'update your', 'confirm your', 'submit', 'install', 'log into', 'log in to', 'time left', 'left to claim'],
    },
    examples: { mustMatch: ['Apply now to get it', 'Confirm your bank details'], mustNotMatch: ['See you soon', 'It was sent to your card'] },
  },
  {
    id: 'refund-needs-your-action',
    title: 'A refund you must claim, apply for or give details to receive',
    explanation:
      'The message says you are owed a refund, rebate or compensation, but you must click, apply, reply or give card or bank details to get it. Real refunds go back to the card or account you paid with, without you asking. Nobody needs your card details to give you money.',
    severity: 'strong',
    kinds: ['refund', 'tax'],
    guides,
    match: { combination: { allOf: ['refund-offer-words', 'refund-action-words'] } },
    examples: {
      mustMatch: ['Dear customer, your refund of £89.00 could not be processed. Please update your card details.',
        'Good news, you qualify for a rebate on your energy bill. Apply now.'],
      mustNotMatch: ['Your refund of $12.99 has been issued to the card you paid with.', 'Did you get your money back from the airline in the end?'],
    },
  },
];
