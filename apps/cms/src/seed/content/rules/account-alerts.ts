// Account alerts that carry no link or brand: "your account has been suspended, log in to restore it", and
// requests to hand back a code "sent by mistake". Complements account.ts, which needs a link or a named service.
import type { RuleInput } from '@redflags/schema';

const guides = ['account-problem-message'];

export const accountAlertRules: RuleInput[] = [
  {
    scored: false,
    severity: 'weak',
    id: 'account-restriction-claim',
    title: 'Says an account was restricted or misused',
    explanation: 'The message says an account was suspended, limited, locked or signed into by someone else.',
    guides,
    match: {
      phrases: ['temporarily suspended', 'temporarily locked', 'temporarily limited', 'temporarily restricted', 'temporarily blocked',
        'temporary hold', 'placed a hold', 'hold on your account', 'been suspended', 'been restricted', 'been limited', 'been locked',
        'been disabled', 'been deactivated', 'been frozen', 'will be deactivated', 'will be disabled', 'will be suspended', 'will be removed',
        'will be deleted', 'will be closed', 'will be locked', 'unusual activity', 'suspicious activity', 'unusual sign-in', 'unusual sign in',
        'sign-in attempt', 'login attempt', 'stopped a sign-in', 'someone has your password', 'community standards', 'violation of our',
        'violating our', 'copyright infringement', 'storage is full', 'mailbox is full', 'password expires', 'password will expire',
        'avoid interruption', 'interruption of', 'to avoid suspension', 'to avoid deactivation', 'accessed from', 'unknown device',
        'tried to access', 'someone tried', 'unpublished', 'failed login attempts', 'failed attempts', 'transfer your number', 'new sim',
        'sim swap', 'port your number', 'been flagged', 'flagged for', 'will be stopped', 'is on hold', 'put on hold', 'permanent deletion',
        'scheduled for deletion', 'copyright complaint', 'logged in from', 'signed in from', 'payment is pending', 'claim is pending', 'avoid losing'],
    },
    examples: {
      mustMatch: ['Your account has been temporarily suspended', 'We stopped a sign-in attempt'],
      mustNotMatch: ['The pool is closed for cleaning', 'Your order has shipped'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'account-action-words',
    title: 'Asks you to sign in, verify or appeal',
    explanation: 'The message asks you to sign in, verify, unlock, restore or appeal.',
    guides,
    match: {
      phrases: ['log in to', 'login to', 'sign in to', 'click', 'tap', 'verify', 'appeal', 'review your account', 'restore', 'reactivate',
        're-activate', 'unlock', 'confirm your', 'update your', 'submit', 'keep it active', 'validate', 're-validate', 'revalidate',
        'secure your account', 'regain', 'keep your current password', 'reply with your', 'replying', 'confirm it was you',
        'confirm it\'s you', 'ownership', 'pay now', 'update your details', 'update your information', 'missing fee', 'reply with', 'do not hang up', 'don\'t hang up', 'log in', 'fix your billing',
        'stay on the line'],
    },
    examples: { mustMatch: ['Log in to restore access', 'Submit an appeal'], mustNotMatch: ['See you at lunch', 'The film was great'] },
  },
  {
    id: 'account-restriction-verify',
    title: 'Says your account is restricted and asks you to sign in or verify',
    explanation:
      'The message says your account was suspended, limited or signed into by someone else, and asks you to sign in, verify or appeal. Fake alerts do this to lead you to a copy of the sign-in page. Do not use the message: open the app or type the website address yourself and look there.',
    severity: 'moderate',
    kinds: ['account-takeover'],
    guides,
    match: { combination: { allOf: ['account-restriction-claim', 'account-action-words'] } },
    examples: {
      mustMatch: ['Your account has been temporarily suspended due to unusual activity. Please log in to restore access.',
        'Your mailbox is full. Click to upgrade storage.'],
      mustNotMatch: ['Your password was changed. If this was you, no action is needed.', 'The library will be closed on Monday'],
    },
  },
  {
    id: 'account-restriction-pressure',
    title: 'Account "restriction" with pressure, a link or a number',
    explanation:
      'Besides saying your account is restricted and asking you to act, the message adds a deadline, a link or a number to call, or speaks as a well-known company or bank. This is the usual shape of a fake account alert. Check in the official app instead.',
    severity: 'strong',
    kinds: ['account-takeover'],
    guides,
    match: {
      combination: {
        allOf: ['account-restriction-verify'],
        anyOf: ['urgency-words', 'has-link', 'has-phone-number', 'names-an-online-service', 'names-a-bank', 'generic-greeting', 'government-words'],
      },
    },
    examples: {
      mustMatch: ['Dear user, your account has been temporarily suspended. Log in to restore access within 24 hours.',
        'Google stopped a sign-in attempt. Someone has your password. Review your account now: https://acc-review.info'],
      mustNotMatch: ['Your account was locked after three wrong PINs. Visit a branch with ID.', 'The gym will be closed on Monday, see https://gym.example.com'],
    },
  },
  {
    id: 'code-sent-by-mistake',
    title: 'Asks you to pass on a code "sent by mistake"',
    explanation:
      'Someone says they sent a code to your phone by mistake, or asks you to share a code with them or an "agent". The code is really for your account: whoever gets it can take over your WhatsApp, email or bank. Never pass a code on, whoever asks.',
    severity: 'strong',
    kinds: ['otp-theft', 'account-takeover'],
    guides: ['one-time-code-theft'],
    match: {
      patterns: [{ regex: '\\b(?:i|we)\\b[^.!?\\n]{0,30}\\bsent\\b[^.!?\\n]{0,40}\\b(?:by mistake|by accident|to the wrong number|to your number)', literal: 'sent' }],
      phrases: ['accidentally sent', 'send it back', 'forward it to me', 'send me a screenshot', 'screenshot of it', 'screenshot of the code', 'sending a code', 'sending you a code',
        'receive a code for me', 'share the code with our',
        'share the code with the', 'share this code with our', 'give the code to our', 'read the code to', 'forward the code to me',
        'code to your number'],
      combination: { anyOf: ['mentions-a-code', 'code-word'] },
    },
    examples: {
      mustMatch: ['Hi, I accidentally sent my WhatsApp code to your number, can you send it back?', 'Please share the code with our agent to confirm it is you'],
      mustNotMatch: ['Your code is 123456. Never share this code with anyone.', 'I sent the invite to the wrong number, oops'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'code-word',
    title: 'Mentions a code',
    explanation: 'The message mentions a code.',
    guides: ['one-time-code-theft'],
    match: { patterns: [{ regex: '\\bcode\\b', literal: 'code' }, { regex: '\\bcodes\\b', literal: 'codes' }] },
    examples: { mustMatch: ['send the code', 'the codes'], mustNotMatch: ['barcode scanner', 'encoded file'] },
  },
  {
    id: 'asks-for-password-or-pin',
    title: 'Asks you to send a password, PIN or card number',
    explanation:
      'The message asks you to reply with, send or confirm a password, PIN, security code or full card number. No bank, company or government body ever asks for these by text, email or phone. Do not send them; if you already did, call your bank on the number on your card and change the password.',
    severity: 'strong',
    kinds: ['account-takeover', 'bank-impersonation'],
    guides: ['account-problem-message', 'bank-fraud-team-call'],
    match: {
      patterns: ['password', 'passcode', 'pin', 'cvv', 'card number'].map((noun) => ({
        regex: `\\b(?:reply with|send|text|provide|confirm|give us|tell us)\\b[^.!?\\n]{0,40}\\b${noun}\\b`,
        literal: noun,
      })),
    },
    examples: {
      mustMatch: ['Reply with your Apple ID password to confirm it is you', 'To activate your card, send your card number and PIN'],
      mustNotMatch: ['Never give your PIN to anyone, not even us', 'I forgot my password again, can you reset the router?'],
    },
  },
  {
    id: 'message-waiting-sign-in',
    title: 'A "new message" about your account that you must sign in to read',
    explanation:
      'The text says there is a new or secure message about your account and asks you to sign in to read it. Scammers use this to send you to a fake sign-in page. If you want to check, open the bank\'s or company\'s app yourself.',
    severity: 'moderate',
    kinds: ['bank-impersonation', 'account-takeover'],
    guides: ['account-problem-message', 'bank-fraud-team-call'],
    match: {
      phrases: ['message regarding your account', 'secure message', 'new message in your account', 'document waiting', 'notice regarding your account',
        'message about your account', 'important notice regarding'],
      combination: { anyOf: ['verify-request-words', 'has-link'] },
    },
    examples: {
      mustMatch: ['Chase: you have 1 new message regarding your account. Sign in to view.', 'You have a secure message waiting, log in here: https://msg-center.info'],
      mustNotMatch: ['I left you a message about the party', 'Your statement is ready to view in the app'],
    },
  },
];
