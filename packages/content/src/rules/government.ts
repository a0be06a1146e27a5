// Government, tax and toll impersonation: refunds, benefits, fines and threats of arrest.
import type { RuleInput } from '@redflags/schema';

const guides = ['government-tax-impersonation'];
const kinds = ['government-impersonation', 'tax'];

export const governmentRules: RuleInput[] = [
  {
    id: 'government-message-with-link',
    sign: 'pretends-to-be-government',
    title: 'Tax office or agency message with a link',
    explanation:
      'The message says it is from a tax office or government agency and gives a link about a refund, a claim or your benefits. Tax offices (IRS, HMRC, ATO, CRA) do not send links by text to claim money or check your details. Sign in through the official website you type yourself.',
    severity: 'strong',
    kinds,
    guides,
    match: {
      combination: { allOf: ['government-words', 'has-link'], anyOf: ['verify-request-words', 'account-problem-words', 'urgency-words', 'unexpected-refund-with-link', 'prize-words', 'benefit-or-grant-offer', 'charge-words'] },
    },
    examples: {
      mustMatch: [
        'HMRC: you are due a tax refund of £310. Claim here: https://hmrc-refund-claim.top',
        'IRS: your tax return is on hold. Verify your identity at http://irs-verify.info',
      ],
      mustNotMatch: [
        'Reminder: file your tax return before the deadline on gov.uk',
        'The government announced new rules for school holidays today.',
      ],
    },
  },
  {
    id: 'arrest-or-legal-threat',
    sign: 'threatens-you',
    title: 'Threatens arrest, a lawsuit or legal action',
    explanation:
      'The message or call threatens arrest, a warrant, a lawsuit or the police unless you act now. Real agencies write to you by post first and never threaten immediate arrest over the phone.',
    severity: 'moderate',
    kinds: ['government-impersonation', 'tax'],
    guides,
    match: {
      phrases: ['arrest warrant', 'warrant for your arrest', 'will be arrested', 'be arrested', 'legal action', 'legal proceedings',
        'lawsuit against you', 'motion being filed', 'case filed against', 'legal case', 'police will', 'further proceedings',
        'case manager', 'enforcement action', 'criminal charges', 'court summons', 'you will be sued', 'result in arrest',
        'result in your arrest', 'face arrest', 'criminal activity', 'criminal activities', 'illegal activity', 'illegal activities',
        'money laundering', 'drug trafficking', 'federal agent', 'law enforcement', 'warrant has been issued', 'a warrant', 'missed jury duty',
        'jury duty', 'avoid arrest', 'deportation', 'deported', 'lawsuit has been filed', 'lawsuit filed', 'case against you',
        'case against your name', 'case registered', 'legal consequences', 'penalties will', 'prosecution', 'prosecuted', 'was seized', 'been seized',
        'illegal items', 'illegal substances', 'package in your name', 'parcel in your name'],
    },
    examples: {
      mustMatch: ['A warrant for your arrest will be issued unless you pay today', 'Legal proceedings will begin. Press 1 to speak to your case manager'],
      mustNotMatch: ['The film is about a lawyer and a court case', 'The police were at the match, it was fine'],
    },
  },
  {
    id: 'government-threat-combined',
    sign: 'threatens-you',
    title: 'Agency name with a threat and a number to call',
    explanation:
      'A caller or message speaks as a tax office or Social Security, threatens legal trouble, and wants you to call back or press a key. This is one of the best-known phone scams.',
    severity: 'strong',
    kinds,
    guides,
    match: { combination: { allOf: ['arrest-or-legal-threat'], anyOf: ['government-words', 'call-us-words', 'has-phone-number', 'social-security-number-threat'] } },
    examples: {
      mustMatch: [
        'This is the IRS. Legal action is being taken against you. Press 1 now.',
        'A warrant for your arrest has been issued. Call us back at 1-866-555-0190',
      ],
      mustNotMatch: ['The tax office sent my refund, finally!', 'Legal action against the landlord went well, thanks for asking'],
    },
  },
  {
    id: 'government-demands-payment',
    sign: 'pretends-to-be-government',
    title: 'Agency says you owe money and gives a way to pay now',
    explanation:
      'The message speaks as a tax office or agency, says you owe money or a fine, and gives a link, number or reply to pay it now. Agencies write to you first and let you pay through their official website.',
    severity: 'strong',
    kinds,
    guides,
    match: { combination: { allOf: ['government-words', 'gives-contact'], anyOf: ['payment-problem-words', 'toll-fine-words', 'arrest-or-legal-threat'] } },
    examples: {
      mustMatch: ['IRS: you have an outstanding balance. Call 1-888-555-0190 today', 'HMRC penalty notice: pay now at https://hmrc-penalty.top'],
      mustNotMatch: ['HMRC: your tax return was received. Thank you.', 'Government grants for insulation are open, see the news'],
    },
  },
  {
    id: 'government-money-demand',
    sign: 'pretends-to-be-government',
    title: 'Agency says you owe money',
    explanation:
      'The message speaks as a tax office or agency and says you owe money or have an unpaid bill. Agencies write to you first and you can check any debt by signing in to their official website yourself.',
    severity: 'moderate',
    kinds,
    guides,
    match: { combination: { allOf: ['government-words', 'payment-problem-words'] } },
    examples: {
      mustMatch: ['Department of Revenue: you have an unpaid tax bill. Resolve now', 'IRS notice: you owe back taxes'],
      mustNotMatch: ['HMRC: your tax return was received', 'The government is debating the budget'],
    },
  },
  {
    id: 'government-call-now',
    sign: 'pretends-to-be-government',
    title: 'Agency message that pushes you to call or click now',
    explanation:
      'The message speaks as a government agency (tax, Medicare, Social Security, benefits) and pushes you to call a number or open a link right away. Look up the agency\'s number yourself instead.',
    severity: 'moderate',
    kinds,
    guides,
    match: { combination: { allOf: ['government-words', 'gives-contact', 'urgency-words'] } },
    examples: {
      mustMatch: ['Your Medicare card is expiring. Call now to get your new card 1-888-555-0122', 'IRS: respond within 24 hours at https://irs-case.info'],
      mustNotMatch: ['Your Medicare appointment is tomorrow at 2pm.', 'The government website is https://www.gov.uk'],
    },
  },
  {
    id: 'social-security-number-threat',
    sign: 'pretends-to-be-government',
    title: 'Says your Social Security number is suspended or misused',
    explanation:
      'Social Security numbers cannot be "suspended". Callers who say yours was used in a crime or will be blocked are scammers trying to scare you into paying or sharing it.',
    severity: 'strong',
    kinds: ['government-impersonation'],
    guides,
    match: {
      phrases: ['social security number has been suspended', 'suspend your social security', 'social security number will be',
        'ssn has been suspended', 'ssn will be', 'your social security number', 'social security number bearing', 'bearing your name',
        'ssn has been used', 'social security number has been used', 'your ssn', 'your national insurance number',
        'national insurance number has', 'your medicare number', 'confirm your medicare', 'social insurance number', 'your sin has', 'your tax file number'],
    },
    examples: {
      mustMatch: ['Your Social Security number has been suspended due to suspicious activity', 'accounts bearing your name and social security number will be frozen'],
      mustNotMatch: ['Bring your Social Security card to the appointment', 'Social security payments go up next year'],
    },
  },
  {
    id: 'benefit-or-grant-offer',
    sign: 'money-you-did-not-expect',
    title: 'Offers a grant, stimulus payment or benefit out of the blue',
    explanation:
      'The message says a grant, stimulus payment or benefit has been approved for you and asks you to confirm details or pay a fee. Governments do not hand out grants by text, and never charge a fee to release one.',
    severity: 'moderate',
    kinds: ['government-impersonation', 'prize'],
    guides: ['government-tax-impersonation', 'prize-lottery-win'],
    match: {
      phrases: ['stimulus check', 'stimulus payment', 'grant of', 'government grant', 'been offered a grant',
        'eligible for a full refund', 'you are eligible for', 'unclaimed funds', 'relief payment', 'cost of living payment',
        'energy rebate', 'covid-19 relief', 'covid-19 grant', 'covid grant', 'relief grant', 'pandemic grant', 'due for a grant'],
    },
    examples: {
      mustMatch: ['Your $1,200 stimulus payment is ready. Confirm your details to receive it', 'You have been offered a grant of $25,000'],
      mustNotMatch: ['Our loan application has been approved, so happy!', 'The council approved the new park'],
    },
  },
  {
    id: 'benefits-on-hold',
    sign: 'pretends-to-be-government',
    title: 'Says your benefits or claim are on hold, with a link or number',
    explanation:
      'The message says your unemployment, pension or benefit claim is on hold and must be verified through a link. Agencies send these notices through their own online account, not by text links.',
    severity: 'strong',
    kinds: ['government-impersonation'],
    guides,
    match: {
      phrases: ['benefits', 'unemployment', 'claim account', 'pension', 'claimant', 'medicare'],
      combination: { allOf: ['gives-contact'], anyOf: ['account-problem-words', 'verify-request-words', 'urgency-words'] },
    },
    examples: {
      mustMatch: [
        'Your unemployment claim is on hold. Verify your identity at https://ui-claim-verify.info',
        'Medicare: your benefits will be suspended. Confirm your details http://bit.ly/3medi',
      ],
      mustNotMatch: ['Your pension statement is ready; sign in to your account to read it.', 'The benefits of walking every day are huge'],
    },
  },
  {
    id: 'unpaid-toll',
    sign: 'pretends-to-be-government',
    title: 'Says you owe an unpaid road toll',
    explanation:
      'A text says you have an unpaid toll and must pay now to avoid a fine. Toll scams are sent to millions of people at once. Check by signing in to your toll account through the official website, never the link.',
    severity: 'strong',
    kinds: ['toll'],
    guides: ['road-toll-text'],
    match: {
      phrases: ['unpaid toll', 'toll notice', 'toll bill', 'toll balance', 'toll charge', 'toll fee', 'outstanding toll', 'overdue toll',
        'toll account', 'toll service', 'toll services', 'tolls',
        'toll violation', 'toll road', 'tolls due', 'e-zpass', 'ezpass', 'fastrak', 'sunpass', 'dart charge', 'linkt', 'e-toll'],
      // A low-balance reminder that says "top up in the app to avoid fines" is genuine: the rush alone is not the sign.
      combination: { anyOf: ['has-link', 'payment-problem-words', 'toll-fine-words'] },
    },
    examples: {
      mustMatch: ['Your vehicle has an unpaid toll of $6.99. Pay now to avoid a late fee: https://toll-pay.top', 'E-ZPass: overdue balance. Pay within 24 hours'],
      mustNotMatch: ['Toll road was busy this morning, see you soon', 'Your toll account was topped up with $20. Thanks.',
        'Your prepaid toll balance is low. To avoid violations, top up in the app.'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'toll-fine-words',
    sign: 'pretends-to-be-government',
    title: 'Talks about late fees or fines',
    explanation: 'The message warns of late fees, penalties or fines.',
    guides: ['road-toll-text'],
    match: { phrases: ['late fee', 'late fees', 'penalty', 'penalties', 'fine', 'excessive', 'overdue', 'settle it', 'settle your'] },
    examples: { mustMatch: ['avoid late fees', 'a penalty applies'], mustNotMatch: ['see you later', 'on time'] },
  },
  {
    id: 'tv-licence-or-utility-threat',
    sign: 'account-problem',
    title: 'TV licence, energy or utility bill "problem"',
    explanation:
      'The message says your TV licence, power or water service will be cut off or that you are due a refund, and asks for payment or details. Check by contacting the company using a bill you already have.',
    severity: 'strong',
    kinds: ['tv-licence', 'utility'],
    guides,
    match: {
      phrases: ['tv licence', 'tv license', 'tv licensing', 'power will be', 'will be disconnected', 'shut off', 'shut-off', 'disconnection notice',
        'electricity will', 'disconnected today', 'cut off today', 'will be cut off'],
      combination: { anyOf: ['urgency-words', 'has-link', 'account-problem-words', 'payment-problem-words', 'call-us-words', 'unexpected-refund-with-link'] },
    },
    examples: {
      mustMatch: ['TV Licensing: your licence has expired. Renew now at http://tvl-renew.top', 'Your power will be shut off in 30 minutes. Call us now'],
      mustNotMatch: ['The TV licence fee goes up in April', 'Our power was off for an hour last night'],
    },
  },
];
