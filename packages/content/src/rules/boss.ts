// Boss and CEO impersonation: a quiet favour, secrecy, then gift cards or a payment.
import type { RuleInput } from '@redflags/schema';

export const bossRules: RuleInput[] = [
  {
    id: 'boss-request-words',
    sign: 'someone-you-know-needs-money',
    title: 'A boss or colleague asks for a quiet favour',
    explanation:
      'A message from a "manager" asks if you are free for a quick, private task, often saying they are in a meeting and cannot talk. It usually ends with a request to buy gift cards or pay an invoice. Check with them in person or on a known number.',
    severity: 'moderate',
    kinds: ['boss-impersonation'],
    guides: ['boss-gift-card-request'],
    match: {
      // Requests only: "in a meeting" and "can't talk" are context (cannot-talk-words), and on their own are everyday texts.
      phrases: ['are you available', 'are you free', 'quick favour', 'quick favor', 'i need a favour', 'i need a favor', 'errand',
        'keep this between us', 'discreet', 'i need you to', 'surprise for the staff',
        'confidential', 'at your desk', 'are you at your desk', 'keep it confidential', 'ceo here', 'do you have a moment',
        'got a minute', 'are you around', 'need your assistance', 'this is your ceo', 'your ceo',
        'handle a payment', 'a payment for me', 'can you buy', 'could you buy'],
      combination: { anyOf: ['errand-words', 'gift-card-mentioned', 'urgency-words', 'cannot-talk-words', 'wire-or-cash-payment', 'urgent-payment-words'] },
    },
    examples: {
      mustMatch: ['Are you available? I need a quick favour, I am in a meeting and can\'t talk', 'I have an errand I need you to run today, let me know'],
      mustNotMatch: ['Are you available for a call at 3 about the budget?', 'I need you to review the slides by Friday', 'Stuck in a meeting, will call you back later'],
    },
  },
  {
    id: 'boss-payment-request',
    sign: 'someone-you-know-needs-money',
    title: 'A boss asks you to pay, transfer or buy something quietly',
    explanation:
      'A message that looks like it is from your boss or a director asks you to make a payment, a transfer or a gift-card purchase, quickly and quietly. Check with them face to face or on a number you know before you pay anything.',
    severity: 'strong',
    kinds: ['boss-impersonation'],
    guides: ['boss-gift-card-request'],
    match: { combination: { allOf: ['boss-request-words'], anyOf: ['wire-or-cash-payment', 'gift-card-mentioned', 'urgent-payment-words'] } },
    examples: {
      mustMatch: ['Are you free? I need you to process an urgent wire transfer, keep it confidential', 'I am in a meeting, can you buy gift cards for a client asap'],
      mustNotMatch: ['Are you free for lunch?', 'I need you to send the report by 5'],
    },
  },
  {
    id: 'bank-details-change-request',
    sign: 'move-your-money',
    title: 'Asks to change the bank account that payments go to',
    explanation:
      'A message asks you to send salary, an invoice payment or a supplier payment to a new bank account. Criminals who take over or copy an e-mail account do this. Confirm any change by phone on a number you already have.',
    severity: 'moderate',
    kinds: ['boss-impersonation'],
    guides: ['boss-gift-card-request'],
    match: {
      phrases: ['new bank account', 'new bank details', 'change of bank details', 'updated bank details', 'update my bank details',
        'change my bank details', 'update our payroll', 'payroll records', 'change my direct deposit', 'update my direct deposit',
        'new account details for payment', 'pay into this account instead'],
    },
    examples: {
      mustMatch: ['Please update our payroll records with my new bank account before payday', 'Our bank has changed: please use the new bank details attached for this invoice'],
      mustNotMatch: ['I opened a savings account today', 'The invoice is attached, same bank as before'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'urgent-payment-words',
    sign: 'move-your-money',
    title: 'Asks for a payment or transfer',
    explanation: 'The message asks for a payment, transfer or invoice to be paid.',
    guides: ['boss-gift-card-request'],
    match: { phrases: ['handle a payment', 'a payment for me', 'process a payment', 'make a payment', 'pay this invoice', 'pay an invoice', 'bank transfer', 'transfer the funds', 'process an urgent', 'send payment', 'change of bank details', 'new bank details'] },
    examples: { mustMatch: ['please process a payment', 'our new bank details are'], mustNotMatch: ['see you', 'thanks'] },
  },
  {
    id: 'secrecy-request',
    sign: 'asks-for-secrecy',
    title: 'Asks you to keep it secret',
    explanation:
      'The message asks you not to tell anyone, or to keep it between you. Scammers ask for secrecy so that no one can warn you. Talk to someone you trust before you act.',
    severity: 'moderate',
    kinds: ['boss-impersonation', 'family-emergency', 'romance'],
    guides: ['boss-gift-card-request', 'hi-mum-family-emergency', 'romance-scam'],
    match: {
      phrases: ['don\'t tell anyone', 'do not tell anyone', 'keep this between us', 'keep it between us', 'keep this confidential',
        'keep it confidential', 'keep this quiet', 'don\'t tell your bank', 'do not tell your bank', 'don\'t tell the bank',
        'bank may ask why', 'do not discuss this', 'strictly confidential', 'keep it secret', 'keep this secret'],
    },
    examples: {
      mustMatch: ['Please keep this between us until it is done', 'If the bank asks, do not tell your bank what it is for'],
      mustNotMatch: ['Tell everyone the party is at 8!', 'The surprise party is a secret from Dad, shh'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'errand-words',
    sign: 'someone-you-know-needs-money',
    title: 'Mentions an errand or task',
    explanation: 'The message asks for an errand or small task.',
    guides: ['boss-gift-card-request'],
    match: {
      phrases: ['errand', 'run for me', 'favour', 'favor', 'task for you', 'text me back', 'your cell number', 'cell phone number', 'personal number',
        'your whatsapp number', 'complete a task', 'quick task', 'need your assistance', 'your mobile number', 'send me your cell',
        'send me your number', 'do you have a moment', 'got a minute'],
    },
    examples: { mustMatch: ['run an errand', 'do me a favour'], mustNotMatch: ['see you later', 'thanks'] },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'cannot-talk-words',
    sign: 'someone-you-know-needs-money',
    title: 'Says they cannot talk',
    explanation: 'The sender says they cannot take a call.',
    guides: ['boss-gift-card-request'],
    match: { phrases: ['in a meeting', 'can\'t talk', 'cannot talk', 'can\'t take calls', 'cannot take calls', 'text only', 'reply by email', 'tied up', 'in meetings'] },
    examples: { mustMatch: ['I am in a meeting', 'I can\'t talk now'], mustNotMatch: ['call me', 'see you'] },
  },
];
