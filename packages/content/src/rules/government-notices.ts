// Government-agency notices beyond the classic threats in government.ts: penalties and arrears to pay now,
// a card, benefit or record "problem" to fix through the message, and identity or bank details asked for a payment.
import type { RuleInput } from '@redflags/schema';

const guides = ['government-tax-impersonation'];
const kinds = ['government-impersonation', 'tax'];

export const governmentNoticeRules: RuleInput[] = [
  {
    scored: false,
    severity: 'weak',
    id: 'official-penalty-words',
    sign: 'pretends-to-be-government',
    title: 'Talks about a penalty, arrears or debt collection',
    explanation: 'The message says you owe a penalty, arrears or a debt that will be collected.',
    guides,
    match: {
      phrases: ['penalty', 'penalties', 'fine of', 'outstanding fine', 'unpaid fine', 'penalty charge', 'penalty notice', 'late filing', 'arrears',
        'enforcement', 'bailiff', 'bailiffs', 'debt collection', 'collection agency', 'surcharge', 'outstanding balance', 'outstanding amount',
        'tax owed', 'owe tax', 'amount owed', 'overdue tax', 'unpaid tax', 'tax due', 'outstanding tax'],
    },
    examples: {
      mustMatch: ['You owe a penalty for late filing', 'Your arrears will be passed to bailiffs'],
      mustNotMatch: ['The referee gave a free kick in the last minute', 'Fine, see you at 8'],
    },
  },
  {
    id: 'government-penalty-demand',
    sign: 'pretends-to-be-government',
    title: 'A tax office or agency says you owe a penalty and must pay now',
    explanation:
      'The message speaks as a tax office, court or government agency, says you owe a penalty, fine or arrears, and pushes you to pay quickly or call. Tax offices and courts normally write to you by post first and let you pay through their official website. They do not demand immediate payment by phone or text, and never by gift card or crypto. Look up the agency yourself and check your account there.',
    severity: 'moderate',
    kinds,
    guides,
    match: { combination: { allOf: ['government-words', 'official-penalty-words'], anyOf: ['urgency-words', 'money-amount', 'gives-contact', 'arrest-or-legal-threat'] } },
    examples: {
      mustMatch: ['Tax office: you have a late filing penalty of $350. Pay now to stop enforcement action.', 'HMRC: your arrears of £640 must be settled today. Call 0161 555 0199.'],
      mustNotMatch: ['I paid the parking penalty at the council office today, what a queue', 'The government announced new penalties for littering last week.'],
    },
  },
  {
    id: 'government-account-problem',
    sign: 'pretends-to-be-government',
    title: 'A government agency says your card, benefits or record has a problem and asks you to call or click',
    explanation:
      'The message speaks as a government agency (Medicare, Social Security, a tax office, a licensing office), says your card, benefits or record will be cancelled, suspended or blocked, and asks you to call, reply or click. Agencies rarely ask you to sort this out through a text or a recorded call. Contact the agency through its official website or a number you look up yourself.',
    severity: 'moderate',
    kinds,
    guides,
    match: { combination: { allOf: ['government-words', 'account-problem-words', 'gives-contact'] } },
    examples: {
      mustMatch: ['Medicare: your card will be cancelled. Call us today to get a new one.', 'Benefits office: your claim is suspended. Visit https://claims-check.top to restore it.'],
      mustNotMatch: ['The passport office was closed, I will go back on Monday', 'My benefits letter came today, all fine'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'government-office-words',
    sign: 'pretends-to-be-government',
    title: 'Names a tax office, benefits office or court clerk in other words',
    explanation: 'The message names a revenue department, an unemployment-insurance office, an assistance programme or a court clerk.',
    guides,
    match: {
      phrases: ['department of revenue', 'revenue department', 'tax department', 'unemployment insurance', 'claimant', 'claimants',
        'assistance program', 'assistance programme', 'federal assistance', 'clerk\'s office', 'court clerk', 'tax authorities', 'revenue service'],
    },
    examples: {
      mustMatch: ['This is the tax department', 'Claimants must reply'],
      mustNotMatch: ['The department store is open late', 'See you at the office'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'government-demand-words',
    sign: 'pretends-to-be-government',
    title: 'Asks you to confirm your identity, settle an amount or give bank details for a payment',
    explanation: 'The message asks you to confirm your identity, settle an outstanding amount, or give bank details to receive money, or says your claim will be closed.',
    guides,
    match: {
      phrases: ['confirm your identity', 'verify your identity', 'verification partner', 'requires your attention', 'require your attention',
        'collection measures', 'collection action', 'legal procedure', 'amount outstanding', 'outstanding amount', 'provide your banking',
        'banking information', 'bank information', 'claim closed', 'claim will be closed', 'unless it is settled', 'settled today',
        'identification number', 'fraudulent activity', 'in your name', 'receive the deposit', 'discrepancy in your',
        'issue with the information', 'concerning your file', 'regarding your file', 'notice in your name', 'unpaid obligation',
        'suspended pending', 'pending verification', 'loss of benefits', 'denial of your', 'lose your benefits'],
    },
    examples: {
      mustMatch: ['Please confirm your identity today', 'Your claim will be closed'],
      mustNotMatch: ['The claim form is on the desk', 'Your identity card photo looks great'],
    },
  },
  {
    id: 'government-identity-or-payment-demand',
    sign: 'pretends-to-be-government',
    title: 'An agency asks you to confirm your identity, settle an amount or give bank details',
    explanation:
      'The message speaks as a tax office, benefits office, court or other agency and asks you to confirm your identity, settle an amount, or hand over bank details to receive a payment, or says your claim will be closed. Agencies normally write by post and let you deal with them through their official website or a number you look up yourself. Do not use the contact details in the message.',
    severity: 'moderate',
    kinds,
    guides,
    match: { combination: { allOf: ['government-demand-words'], anyOf: ['government-words', 'government-office-words'] } },
    examples: {
      mustMatch: [
        'Unemployment insurance notice: confirm your identity with our verification partner or your claim will be closed.',
        'Tax department: there is an amount outstanding in your name. A legal procedure will start unless it is settled today.',
      ],
      mustNotMatch: ['I renewed my passport and the photo is in my name, finally', 'The benefits fair is on Saturday at the town hall'],
    },
  },
];
