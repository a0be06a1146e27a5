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
        'compensation', 'owed to you', 'you are owed', 'tax credit', 'owes you', 'in credit', 'credit balance', 'due a refund', 'money owed to you', 'paid too much', 'get it back', 'unclaimed money',
        'unclaimed funds', 'charged twice', 'double charged'],
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
        'claim your', 'claim now', 'reply yes', 'validate your', 'verification process', 'verify your', 'update your card', 'update your bank', 'update your payment', 'confirm your card',
        'confirm your bank', 'confirm your details', 'confirm your account', 'submit your', 'install', 'log into', 'log in to', 'time left', 'left to claim',
        'claim today', 'claim before', 'claim it today', 'provide your bank', 'provide your card', 'send us your', 'fill the form', 'fill in the form',
        'complete the form', 'attached form', 'sort code', 'you be eligible', 'be eligible for', 'to claim', 'claim at', 'is ready to be claimed', 'get your refund',
        'visit the website', 'visit our website', 'to collect', 'collect it', 'follow the instructions', 'tap to get', 'awaiting you', 'is awaiting',
        'waiting for you', 'awaits you'],
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
  {
    scored: false,
    severity: 'weak',
    id: 'sent-by-mistake-words',
    title: 'Says something was sent to you by mistake',
    explanation: 'The sender says they sent you something by mistake.',
    guides: ['job-task-scam'],
    match: { phrases: ['by mistake', 'by accident', 'accidentally sent', 'wrong person', 'wrong account', 'sent it to the wrong'] },
    examples: { mustMatch: ['I sent it by mistake', 'paid the wrong person'], mustNotMatch: ['see you later', 'thanks for lunch'] },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'send-back-words',
    title: 'Asks you to send something back',
    explanation: 'The sender asks you to return or send back money.',
    guides: ['job-task-scam'],
    match: { phrases: ['send it back', 'send back', 'return it', 'return the money', 'refund it', 'refund me', 'pay it back', 'give it back'] },
    examples: { mustMatch: ['please send it back', 'can you return the money'], mustNotMatch: ['come back soon', 'I will return on Monday'] },
  },
  {
    id: 'money-sent-by-mistake',
    title: 'Says money was sent to you by mistake and asks for it back',
    explanation:
      'A stranger says they sent you money by mistake on Cash App, Zelle, PayPal or a bank transfer, and asks you to send it back. The money they "sent" is often stolen or will bounce, and you end up paying twice. Do not send anything: tell them to ask their bank or the app to reverse it.',
    severity: 'moderate',
    kinds: ['overpayment'],
    guides: ['job-task-scam'],
    match: { combination: { allOf: ['sent-by-mistake-words', 'send-back-words'], anyOf: ['money-amount', 'names-an-online-service', 'names-a-bank', 'money-word'] } },
    examples: {
      mustMatch: ['Hi, I sent you money on Cash App by mistake, can you please send it back?', 'I paid $300 to the wrong person, that is you, please return the money'],
      mustNotMatch: ['I sent the parcel to the wrong address, the shop will send it back', 'Oops, that text was by mistake, ignore it'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'money-word',
    title: 'Mentions money',
    explanation: 'The message mentions money.',
    guides: ['job-task-scam'],
    match: { patterns: [{ regex: '\\bmoney\\b', literal: 'money' }, { regex: '\\bfunds\\b', literal: 'funds' }] },
    examples: { mustMatch: ['some money', 'the funds'], mustNotMatch: ['monkey', 'fun day'] },
  },
  {
    id: 'payment-waiting-needs-verify',
    title: 'Money is "waiting" for you if you verify or sign in',
    explanation:
      'The message says money has arrived or is waiting for you, but you must verify, sign in or accept it first. Real payments land in your account without a link. The link leads to a page that steals your login or card.',
    severity: 'strong',
    kinds: ['refund', 'prize'],
    guides: ['account-problem-message', 'prize-lottery-win'],
    match: { combination: { allOf: ['money-received-words', 'verify-request-words'] } },
    examples: {
      mustMatch: ['You have received $500 from a friend. To accept the payment, verify your account.', 'A pending payment is waiting. Log in here to release the funds.'],
      mustNotMatch: ['You have received $20 from Sam for pizza.', 'Payment pending: your card will be charged on delivery.'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'savings-claim-words',
    title: 'Says you pay too much and could save or get money back',
    explanation: 'The message says you are overpaying and could save money or get cash back.',
    guides,
    match: {
      phrases: ['paying too much', 'overpaying', 'overpriced', 'you could save', 'save up to', 'lower your rate', 'lower rates', 'cash back',
        'cashback', 'lower premium', 'cheaper rate', 'reduce your bill', 'cut your bill'],
    },
    examples: { mustMatch: ['You could save $500', 'You are paying too much'], mustNotMatch: ['Save me a seat', 'The rent is paid'] },
  },
  {
    id: 'insurance-overcharge-offer',
    title: 'Unexpected message saying you overpaid for insurance or a bill',
    explanation:
      'A message you did not ask for says your car insurance or a bill was overcharged, or that you pay too much, and sends you to a link, number or reply to get money back or a cheaper rate. These messages collect your personal and card details, or pass them on to sales callers. Check with your insurer or supplier using the contact details on your own policy or bill.',
    severity: 'moderate',
    kinds: ['refund'],
    guides,
    match: {
      phrases: ['auto policy', 'auto-policy', 'car insurance', 'auto insurance', 'vehicle insurance', 'home insurance', 'insurance rate',
        'insurance premium', 'your policy', 'your premium', 'energy bill', 'electric bill', 'utility bill', 'phone bill'],
      combination: { allOf: ['gives-contact'], anyOf: ['savings-claim-words', 'refund-offer-words'] },
    },
    examples: {
      mustMatch: ['Your auto policy may have been overcharged. Check for cash back: https://policy-check.top/a1', 'Paying too much for car insurance? Reply YES for a cheaper rate'],
      mustNotMatch: ['I paid too much for the car insurance this year, ugh', 'Your policy documents are attached, no action needed'],
    },
  },
];
