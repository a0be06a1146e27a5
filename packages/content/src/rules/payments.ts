// Ways of paying or handing over access that scammers insist on: gift cards, remote-access apps,
// one-time codes, crypto, wire transfers and "safe accounts".
import type { RuleInput } from '@redflags/schema';
import { unlessNever } from './unless-never.js';

export const paymentRules: RuleInput[] = [
  {
    id: 'gift-card-mentioned',
    sign: 'pay-untraceable-way',
    title: 'Mentions gift cards',
    explanation:
      'Gift cards are the payment scammers ask for most, because the money is gone once you share the code. No real company, agency or boss asks to be paid in gift cards.',
    severity: 'moderate',
    kinds: ['boss-impersonation', 'fake-charge', 'tech-support'],
    guides: ['boss-gift-card-request', 'amazon-fraud-prevention-call', 'tech-support-scam'],
    match: { entities: ['gift-card'] },
    examples: {
      mustMatch: ['Buy two Apple gift cards on your way in', 'I need some g1ft c4rds for clients today'],
      mustNotMatch: ['Thanks for lunch, my treat next time', 'The card shop closes at 6'],
    },
  },
  {
    id: 'gift-card-codes-requested',
    sign: 'pay-untraceable-way',
    title: 'Asks you to buy gift cards and send the codes',
    explanation:
      'Someone wants you to buy gift cards and send photos or numbers of the codes. This is how scammers take money that cannot be traced or returned. Stop and speak to the person on a number you already know.',
    severity: 'strong',
    kinds: ['boss-impersonation', 'tech-support', 'amazon-impersonation'],
    guides: ['boss-gift-card-request', 'amazon-fraud-prevention-call', 'tech-support-scam'],
    match: {
      phrases: ['scratch off', 'scratch-off', 'picture of the codes', 'photo of the codes', 'send me the codes', 'send the codes',
        'pictures of the cards', 'photos of the cards', 'back of the card', 'the card numbers', 'read me the numbers', 'email me the codes'],
      patterns: [
        { regex: '\\b(?:buy|purchase|get|pick up)\\b[^.!?\\n]{0,40}\\bgift ?cards?\\b', literal: 'gift' },
        { regex: '\\b\\d{1,3} ?(?:x|qty|pieces|of)\\b[^.!?\\n]{0,30}\\bgift ?cards?\\b', literal: 'gift' },
      ],
      combination: { anyOf: ['gift-card-mentioned', 'urgency-words', 'boss-request-words'] },
    },
    examples: {
      mustMatch: [
        'Can you buy 5 Google Play gift cards for a client and send me the codes? It is urgent.',
        'Pick up some gift cards, scratch off the back and email me the codes please',
      ],
      mustNotMatch: ['I got you a gift card for your birthday, enjoy!', 'Do you want to buy a gift for Sam together?'],
    },
  },
  {
    id: 'remote-access-app',
    sign: 'device-access',
    title: 'Asks you to install a remote-access app',
    explanation:
      'Apps such as AnyDesk or TeamViewer let someone else control your computer or phone. Scammers use them to get into your bank account while you watch. Never install one because someone called or messaged you.',
    severity: 'strong',
    kinds: ['tech-support', 'amazon-impersonation', 'bank-impersonation'],
    guides: ['tech-support-scam', 'amazon-fraud-prevention-call', 'bank-fraud-team-call'],
    match: { entities: ['remote-access-app'] },
    examples: {
      mustMatch: ['Please download AnyDesk so our technician can help', 'Install TeamViewer and read me the ID'],
      mustNotMatch: ['Please download the agenda before the meeting', 'Our team viewed the flat yesterday'],
    },
  },
  {
    id: 'remote-access-request',
    sign: 'device-access',
    title: 'Asks to get into your computer',
    explanation:
      'The caller or message asks to connect to your computer or phone to "fix" or "protect" it. Real companies do not ask for this out of the blue. Hang up and do not install anything.',
    severity: 'moderate',
    kinds: ['tech-support'],
    guides: ['tech-support-scam', 'amazon-fraud-prevention-call'],
    match: {
      phrases: ['remote access', 'remote support', 'access your computer', 'access to your computer', 'connect to your computer',
        'control of your computer', 'screen sharing', 'share your screen', 'download this app', 'install this app', 'go to your computer',
        'turn on your computer', 'allow access', 'switch on your computer', 'switch it on for me', 'access your computer to'],
    },
    examples: {
      mustMatch: ['We need remote access to remove the virus', 'Please go to your computer and open the browser'],
      mustNotMatch: ['I will access the shared drive later', 'My computer is slow today, ugh'],
    },
  },
  {
    id: 'one-time-code-requested',
    sign: 'asks-for-code',
    title: 'Asks you to pass on a code you were sent',
    explanation:
      'Someone wants the code that was just texted to you. That code lets them into your account or approves a payment. No real company, and no real friend, needs it. Never share it.',
    severity: 'strong',
    kinds: ['otp-theft', 'account-takeover'],
    guides: ['one-time-code-theft'],
    match: {
      phrases: ['sent you a code', 'sent you a 6 digit code', 'sent you a 6-digit code', 'code by mistake', 'code by accident',
        'accidentally sent you', 'read me the code', 'read out the code', 'forward me the code', 'the code you just received',
        'code we just sent', 'share the code with me', 'texted you a code', 'sent a code to your phone'],
      patterns: [
        {
          regex: "(?:^|[.!?,:;] ?|\\b(?:please|kindly|to|and|then|now|just|can you|could you|you) )(?:send|give|tell|read|forward|share)\\b[^.!?\\n]{0,25}\\bcode\\b[^.!?\\n]{0,30}\\b(?:received|sent|got)",
          literal: 'code',
        },
      ],
    },
    examples: {
      mustMatch: [
        'Sorry, I sent you a code by mistake, can you send it to me?',
        'To confirm it is you, read me the code you received just now',
      ],
      mustNotMatch: [
        'Your verification code is 482913. Never share this code with anyone, not even us.',
        '123456 is your login code. We will never call you to ask for it. Do not share the code you received.',
      ],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'mentions-a-code',
    sign: 'asks-for-code',
    title: 'Mentions a verification code',
    explanation: 'The message mentions a one-time or verification code.',
    guides: ['one-time-code-theft'],
    match: { entities: ['one-time-code'], phrases: ['digit code', 'code we sent', 'code you got', 'code i sent', 'the code you received'] },
    examples: { mustMatch: ['your verification code', 'the 6 digit code'], mustNotMatch: ['the dress code', 'wifi password'] },
  },
  {
    id: 'code-handover-request',
    sign: 'asks-for-code',
    title: 'Mentions a code and asks you to pass it on',
    explanation:
      'The message talks about a verification code and asks you to send, forward or read it out. Whoever gets that code can take over your account. Never pass it on, whoever asks.',
    severity: 'strong',
    kinds: ['otp-theft', 'account-takeover'],
    guides: ['one-time-code-theft'],
    match: {
      phrases: ['send it to me', 'forward it to me', 'give it to me', 'can you send it', 'send it back', 'read it to me', 'tell me the code',
        'send me the code', 'give me the code', 'what is the code', 'share it with me', 'send us the code', 'reply with the code'],
      combination: { anyOf: ['mentions-a-code'] },
    },
    examples: {
      mustMatch: ['I sent a verification code to your phone by mistake, can you send it to me?', 'We texted you a 6 digit code, please reply with the code'],
      mustNotMatch: ['Can you send me the code for the wifi?', 'Your verification code is 1234. Never give it to anyone.'],
    },
  },
  {
    id: 'crypto-payment-requested',
    sign: 'pay-untraceable-way',
    title: 'Asks for payment in cryptocurrency',
    explanation:
      'Scammers ask for Bitcoin or other crypto because payments cannot be reversed. No government agency, bank or real company asks you to pay this way.',
    severity: 'moderate',
    kinds: ['crypto', 'sextortion', 'investment'],
    guides: ['investment-crypto-scam'],
    match: {
      entities: ['crypto-wallet'],
      phrases: ['bitcoin atm', 'btc address', 'bitcoin address', 'wallet address', 'pay in bitcoin', 'send bitcoin', 'in bitcoin',
        'in btc', 'usdt', 'crypto wallet', 'crypto atm'],
    },
    examples: {
      mustMatch: ['Send the payment to this bitcoin address today', 'Deposit cash at a Bitcoin ATM to protect it'],
      mustNotMatch: ['I read an article about Bitcoin prices', 'Your wallet is on the kitchen table'],
    },
  },
  {
    id: 'safe-account-transfer',
    sign: 'move-your-money',
    title: 'Asks you to move money to a "safe account"',
    explanation:
      'Your bank will never ask you to move your money to keep it safe. Anyone who does is a scammer, even if they know details about you or call from what looks like the bank\'s number.',
    severity: 'strong',
    kinds: ['bank-impersonation'],
    guides: ['bank-fraud-team-call'],
    match: {
      // Banks warn about this in their own messages ("we will never ask you to move money to a safe account"): not a sign there.
      patterns: unlessNever('safe account', 'safety account', 'holding account', 'move your money to', 'move your funds to', 'move your savings',
        'transfer your money to a', 'transfer your funds to a', 'transfer your savings', 'new account we set up', 'account in your name to protect'),
    },
    examples: {
      mustMatch: ['For your protection, move your money to a safe account we set up', 'Your funds are at risk, transfer your savings now'],
      mustNotMatch: ['I moved into my new flat today', 'Money is tight this month, shall we skip the trip?',
        'We have paused a payment. Review it in the app. We will never ask you to move your money to a safe account.'],
    },
  },
  {
    id: 'wire-or-cash-payment',
    sign: 'pay-untraceable-way',
    title: 'Asks for a wire transfer, cash pick-up or payment app',
    explanation:
      'Wire transfers, cash couriers and payment apps are hard to reverse. Scammers ask for them for "fees", "fines" or "bail".',
    severity: 'weak',
    kinds: ['overpayment', 'family-emergency', 'prize'],
    guides: ['prize-lottery-win', 'hi-mum-family-emergency', 'government-tax-impersonation'],
    match: {
      phrases: ['western union', 'moneygram', 'wire transfer', 'urgent wire', 'wire the money', 'send the money', 'cashier\'s check', 'cashiers check',
        'money order', 'courier will collect', 'processing fee', 'release fee', 'clearance fee', 'pay the fee', 'bail money'],
    },
    examples: {
      mustMatch: ['Pay the processing fee by Western Union', 'A courier will collect the cash tonight'],
      mustNotMatch: ['I paid the electricity bill today', 'Lunch was $12, pay me back whenever'],
    },
  },
];
