// Fake bank alerts and "fraud team" calls: a blocked card, an odd payment, a link or number to "fix" it.
import type { RuleInput } from '@redflags/schema';

const guides = ['bank-fraud-team-call', 'account-problem-message'];
const kinds = ['bank-impersonation'];

export const bankRules: RuleInput[] = [
  {
    id: 'bank-alert-with-link',
    sign: 'pretends-to-be-your-bank',
    title: 'Bank alert with a link to sort it out',
    explanation:
      'The message says it is from a bank, claims something is wrong, and gives a link. Banks do not ask you to sign in or confirm details through a link in a text. Open your banking app or call the number on your card instead.',
    severity: 'strong',
    kinds,
    guides,
    match: {
      combination: {
        allOf: ['names-a-bank', 'suspicious-link'],
        anyOf: ['account-problem-words', 'verify-request-words', 'not-you-words'],
      },
    },
    examples: {
      mustMatch: [
        'Chase: your account is locked due to unusual activity. Verify at https://chase-verify-center.com',
        'NatWest: a new device was added. If this was not you visit http://nw-device-check.info',
      ],
      mustNotMatch: [
        'Chase: you paid $42.10 to Green Grocers. Questions? Open the Chase app.',
        'Your bank statement is ready to view in online banking.',
      ],
    },
  },
  {
    id: 'bank-alert-any-link',
    sign: 'pretends-to-be-your-bank',
    title: 'Bank alert with a link',
    explanation:
      "The message speaks as a bank, says something needs your attention, and gives a link. Even when the link looks right, open your banking app or type the bank's address yourself.",
    severity: 'moderate',
    kinds,
    guides,
    match: {
      combination: { allOf: ['names-a-bank', 'has-any-link'], anyOf: ['account-problem-words', 'verify-request-words', 'not-you-words'] },
    },
    examples: {
      mustMatch: [
        'Your debit card is locked. Unlock at https://card-unlock-help.com',
        'Barclays: please verify a payment at https://www.barclays.co.uk/verify',
      ],
      mustNotMatch: ['Barclays: your statement is ready in the app', 'I found a great bank for savings: https://example.com/savings'],
    },
  },
  {
    id: 'bank-problem-reply-keyword',
    sign: 'pretends-to-be-your-bank',
    title: 'Bank "problem" that asks you to reply with a number or word',
    explanation:
      'The message says your bank payment or card has a problem and asks you to reply with a keyword to release it. Replying starts a conversation with a scammer who will then call you as your "bank".',
    severity: 'moderate',
    kinds,
    guides,
    match: {
      combination: {
        allOf: ['account-problem-words', 'reply-keyword'],
        anyOf: ['names-a-bank', 'names-an-online-service', 'charge-words'],
      },
    },
    examples: {
      mustMatch: ['Zelle: your payment is on hold. Reply 1 to release it', 'Your debit card is blocked. Reply YES to unlock'],
      mustNotMatch: ['Did you use your card at SHELL for $45? Reply YES or NO', 'Your bank card arrives tomorrow. Reply STOP to opt out'],
    },
  },
  {
    id: 'bank-callback-request',
    sign: 'pretends-to-be-your-bank',
    title: 'Someone "from the bank" asks you to call back urgently',
    explanation:
      'A message says it is from your bank and asks you to call back urgently. Call the number on the back of your card, never a number or name given in the message.',
    severity: 'moderate',
    kinds,
    guides: ['bank-fraud-team-call'],
    match: { combination: { allOf: ['names-a-bank', 'call-us-words', 'urgency-words'] } },
    examples: {
      mustMatch: [
        "Hi, it's Amanda from the bank, please call me back urgently about your account",
        'Barclays security: call us immediately on 0800 555 0199',
      ],
      mustNotMatch: ['The bank closes at 4, call me back when you can', 'Call the bank tomorrow about the mortgage'],
    },
  },
  {
    id: 'bank-alert-call-number',
    sign: 'pretends-to-be-your-bank',
    title: 'Bank alert that tells you to call a number in the message',
    explanation:
      "The message says your card or account has a problem and gives a number to call. Scammers answer that number and pretend to be your bank's fraud team. Call the number on the back of your card instead.",
    severity: 'strong',
    kinds,
    guides,
    match: {
      combination: { allOf: ['names-a-bank', 'has-phone-number', 'account-problem-words'] },
    },
    examples: {
      mustMatch: [
        'Your debit card has been blocked. Call 1-877-555-0143 now to unlock it',
        'Barclays: suspicious activity on your account. Contact +44 20 7946 0991',
      ],
      mustNotMatch: ['Barclays: your new card is on its way', 'My card got declined at the shop, can you call me on 07700 900555?'],
    },
  },
  {
    id: 'problem-call-this-number',
    sign: 'call-its-number',
    title: 'Says something is wrong and gives a number to call',
    explanation:
      'The message says your account or card has a problem and tells you to call the number it gives. Call the organisation on a number from its website or your card instead.',
    severity: 'moderate',
    kinds,
    guides,
    match: { combination: { allOf: ['account-problem-words', 'has-phone-number', 'call-us-words'] } },
    examples: {
      mustMatch: ['Your card has been locked. Call now 1-877-555-0143', 'Account suspended! Please call +1 212 555 0199 immediately'],
      mustNotMatch: [
        'My card got blocked abroad, I will call you on 07700 900555 later',
        'Your account is ready. Call us on 0800 123 4567 with questions',
      ],
    },
  },
  {
    id: 'bank-card-blocked',
    sign: 'pretends-to-be-your-bank',
    title: 'Says your card or bank account is blocked, with a way to respond',
    explanation:
      'The message says your card or account has been blocked, locked or suspended, and gives a number, a link or a reply to sort it out, or rushes you. That is the usual shape of a fake bank alert. Check in your banking app or call the number on your card, not through the message.',
    severity: 'moderate',
    kinds,
    guides,
    match: {
      patterns: ['blocked', 'locked', 'suspended', 'on hold', 'frozen', 'restricted', 'deactivated', 'disabled'].map((state) => ({
        regex: `\\b(?:card|account|accounts|access)\\b[^.!?\\n]{0,40}\\b${state}`,
        literal: state,
      })),
      // Genuine fraud alerts also block cards, and send you to the app: the sign is a number, link, reply or rush in the message.
      combination: { allOf: ['names-a-bank'], anyOf: ['gives-contact', 'press-key-to-speak', 'urgency-words'] },
    },
    examples: {
      mustMatch: [
        'ALERT: your debit card has been blocked. Call 0800 555 0199',
        'Bank notice: your account is temporarily on hold. Reply 1 to release it',
      ],
      mustNotMatch: [
        'The bank is closed on Monday',
        'I locked my bike outside the bank',
        'Your card has been blocked after an unusual payment. To unblock it, confirm the payment in the banking app.',
      ],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'kyc-words',
    sign: 'account-problem',
    title: 'Talks about "KYC" identity checks',
    explanation: 'The message mentions KYC ("know your customer"), the identity check banks and wallets do.',
    guides,
    match: {
      phrases: ['kyc', 'e-kyc', 'ekyc', 're-kyc', 'know your customer', 'kyc update', 'kyc details', 'kyc documents', 'kyc verification'],
    },
    examples: { mustMatch: ['Complete your KYC', 'KYC pending'], mustNotMatch: ['Know your rights', 'Your statement is ready'] },
  },
  {
    id: 'kyc-update-with-contact',
    sign: 'account-problem',
    title: '"Update your KYC" with a number or link to do it',
    explanation:
      'The message says your bank, wallet or payment app needs your KYC (identity) details, often with a threat to block your account, and gives a phone number or a link. Scammers use this to get your card details, codes or remote access to your phone. Banks update KYC in their own app or at a branch. Do not call the number or open the link.',
    severity: 'strong',
    kinds: ['bank-impersonation', 'account-takeover'],
    guides,
    match: {
      combination: { allOf: ['kyc-words'], anyOf: ['has-phone-number', 'call-us-words', 'unfamiliar-link', 'messaging-app-contact'] },
    },
    examples: {
      mustMatch: [
        'Dear customer your wallet will be blocked today. Complete your KYC, call 9876543210',
        'Your KYC is pending. Update now: http://kyc-help.top/a',
      ],
      mustNotMatch: ['Your KYC update is due. Please update it in the bank app or at your branch.', 'KYC documents received, thank you.'],
    },
  },
  {
    id: 'kyc-account-threat',
    sign: 'account-problem',
    title: 'Says your account will be blocked unless you update your KYC',
    explanation:
      "The message says your account or wallet is suspended, on hold or will be blocked because your KYC (identity) details are out of date. Scammers send this to rush you. Check in your bank's app or at a branch, never through the message.",
    severity: 'moderate',
    kinds: ['bank-impersonation', 'account-takeover'],
    guides,
    match: { combination: { allOf: ['kyc-words'], anyOf: ['account-problem-words', 'urgency-words'] } },
    examples: {
      mustMatch: ['Your account will be blocked today. Update your KYC', 'KYC suspended, complete it immediately'],
      mustNotMatch: ['KYC documents received, thank you.', 'Your KYC is up to date.'],
    },
  },
  {
    id: 'bank-fraud-team-caller',
    sign: 'pretends-to-be-your-bank',
    title: "Caller says they are from your bank's fraud team",
    explanation:
      "Scammers call pretending to be your bank's fraud department, often knowing some of your details. They then ask for codes, ask you to move money or to install an app. Hang up and call the number on your card.",
    severity: 'moderate',
    kinds,
    guides: ['bank-fraud-team-call'],
    match: {
      phrases: [
        'fraud department',
        'fraud team',
        'fraud prevention',
        'security department',
        'fraud investigation',
        'from your bank',
        'calling from your bank',
        'card services',
        'card security',
      ],
      combination: { anyOf: ['account-problem-words', 'verify-request-words', 'call-us-words', 'charge-words', 'safe-account-transfer'] },
    },
    examples: {
      mustMatch: [
        'This is the fraud department. We saw a suspicious transaction and need to verify your card',
        'Calling from your bank about unauthorised payments, press 1',
      ],
      mustNotMatch: ['The fraud team at work had their party today', 'I watched a documentary about card security'],
    },
  },
  {
    id: 'bank-details-requested',
    sign: 'asks-for-passwords-or-card',
    title: 'Asks for your PIN, password or card details',
    explanation:
      'The message asks you to give your PIN, password, card number or security answers. Your bank never asks for these by message or phone.',
    severity: 'strong',
    kinds: ['bank-impersonation', 'account-takeover'],
    guides: ['bank-fraud-team-call', 'account-problem-message'],
    match: {
      patterns: [
        ...[
          'pin',
          'password',
          'card number',
          'card details',
          'cvv',
          'security code',
          'security questions',
          'online banking',
          'login details',
          'account number',
        ].map((secret) => ({
          regex: `(?:^|[.!?,:;] ?|\\b(?:please|kindly|must|to|and|then|now|immediately) )(?:send|give|provide|confirm|enter|reply with|tell us|share|verify)\\b (?:us )?(?:your|the) (?:full )?${secret}`,
          literal: secret,
        })),
        { regex: '\\bchoose your existing questions', literal: 'questions' },
      ],
    },
    examples: {
      mustMatch: ['To unblock it, reply with your card number and PIN', 'Please confirm your online banking password here'],
      mustNotMatch: ['Never share your PIN or password with anyone, we will never ask for it.', 'I forgot my PIN again lol'],
    },
  },
  {
    id: 'bank-fake-transaction-alert',
    sign: 'activity-you-did-not-do',
    title: 'Unexpected payment alert with a way to "cancel"',
    explanation:
      'The message reports a payment you do not recognise and offers a link or number to cancel it. Scammers invent the payment to scare you into giving your details. Check your real account in your banking app.',
    severity: 'strong',
    kinds: ['bank-impersonation', 'fake-charge'],
    guides: ['bank-fraud-team-call', 'amazon-fraud-prevention-call'],
    match: {
      combination: { allOf: ['not-you-words', 'charge-words'], anyOf: ['has-link', 'has-phone-number', 'call-us-words'] },
    },
    examples: {
      mustMatch: [
        'A payment of $612.00 was made from your account. If you did not authorize this call +1 888 555 0188',
        'Did you attempt a purchase of £349 at Electro World? If not you, cancel at https://card-cancel.info',
      ],
      mustNotMatch: [
        'Did you make a purchase of $30.00 at Corner Shop? Reply YES or NO. We will never ask for your PIN.',
        'Thanks for your order. If you did not place it, open your account in our app.',
      ],
    },
  },
  {
    id: 'bank-problem-call-back',
    sign: 'pretends-to-be-your-bank',
    title: 'Bank card or account "problem" with a request to call',
    explanation:
      'The message says your bank card or account is blocked, expired or at risk and asks you to call customer care or an agent. Fake bank messages do this so that you phone the scammers, who then ask for your card details, PIN or codes. Call your bank on the number printed on your card or in its app, never one from a message.',
    severity: 'moderate',
    kinds: ['bank-impersonation'],
    guides: ['bank-fraud-team-call'],
    match: { combination: { allOf: ['names-a-bank', 'account-problem-words', 'call-us-words'] } },
    examples: {
      mustMatch: [
        'Dear client, your ATM card is expired. Call our customer care to renew it.',
        'Your bank account will be blocked today. Please call our helpline.',
      ],
      mustNotMatch: ['My bank card expired so I ordered a new one in the app', 'The bank is closed today, call me later'],
    },
  },
];
