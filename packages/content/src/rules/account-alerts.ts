// Account alerts that carry no link or brand: "your account has been suspended, log in to restore it", and
// requests to hand back a code "sent by mistake". Complements account.ts, which needs a link or a named service.
import type { RuleInput } from '@redflags/schema';
import { unlessInTheApp } from './unless-in-the-app.js';

const guides = ['account-problem-message'];

export const accountAlertRules: RuleInput[] = [
  {
    scored: false,
    severity: 'weak',
    id: 'account-restriction-claim',
    sign: 'account-problem',
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
    sign: 'account-problem',
    title: 'Asks you to sign in, verify or appeal',
    explanation: 'The message asks you to sign in, verify, unlock, restore or appeal.',
    guides,
    match: {
      phrases: ['click', 'tap', 'appeal', 're-activate', 'submit', 'keep it active', 're-validate', 'revalidate', 'regain',
        'keep your current password', 'reply with your', 'replying', 'confirm it was you', 'confirm it\'s you', 'ownership', 'pay now',
        'missing fee', 'reply with', 'do not hang up', 'don\'t hang up', 'fix your billing', 'stay on the line'],
      // Genuine alerts send you to the app or a branch to sort it out: those requests do not count.
      patterns: unlessInTheApp('log in to', 'login to', 'sign in to', 'log in', 'verify', 'validate', 'review your account', 'restore', 'reactivate',
        'unlock', 'confirm your', 'update your', 'update your details', 'update your information', 'secure your account'),
    },
    examples: { mustMatch: ['Log in to restore access', 'Submit an appeal'], mustNotMatch: ['See you at lunch', 'The film was great'] },
  },
  {
    id: 'account-restriction-verify',
    sign: 'account-problem',
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
    sign: 'account-problem',
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
    sign: 'asks-for-code',
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
    sign: 'asks-for-code',
    title: 'Mentions a code',
    explanation: 'The message mentions a code.',
    guides: ['one-time-code-theft'],
    match: { patterns: [{ regex: '\\bcode\\b', literal: 'code' }, { regex: '\\bcodes\\b', literal: 'codes' }] },
    examples: { mustMatch: ['send the code', 'the codes'], mustNotMatch: ['barcode scanner', 'encoded file'] },
  },
  {
    id: 'asks-for-password-or-pin',
    sign: 'asks-for-passwords-or-card',
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
    sign: 'account-problem',
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
  {
    id: 'service-payment-problem',
    sign: 'account-problem',
    title: 'A well-known service says your payment failed and asks you to act',
    explanation:
      'The message speaks as a streaming, shopping or payment service, says a payment could not be taken or your billing details are out of date, and asks you to update them or act quickly. Fake billing messages copy real ones closely. Do not use the message: open the app or type the website address yourself and look at your account there.',
    severity: 'moderate',
    kinds: ['netflix-impersonation', 'subscription-trap', 'account-takeover'],
    guides,
    match: {
      combination: { allOf: ['names-an-online-service', 'payment-problem-words'], anyOf: ['verify-request-words', 'urgency-words', 'gives-contact', 'account-problem-words'] },
    },
    examples: {
      mustMatch: [
        'Netflix: we were unable to authorise your payment for the next month. Please update your information to keep watching.',
        'Spotify: your payment did not go through. Update your payment details within 24 hours.',
      ],
      mustNotMatch: ['Netflix: your payment was received, thank you for being a member.', 'I think my PayPal payment failed, can you check on your side?'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'points-to-a-link',
    sign: 'suspicious-link',
    title: 'Points you to a link or a page to visit',
    explanation: 'The message tells you to use a link or visit a page, even when the link itself is missing or blanked out.',
    guides,
    match: {
      phrases: ['link below', 'the link', 'following link', 'this link', 'attached link', 'click here', 'tap here', 'visit', 'go to', 'log on to',
        'login at', 'log in at', 'sign in at', 'secured link', 'secure link', 'our website', 'the website', 'the portal'],
    },
    examples: { mustMatch: ['use the link below', 'visit our website'], mustNotMatch: ['see you soon', 'call me later'] },
  },
  {
    id: 'account-problem-fix-it-now',
    sign: 'account-problem',
    title: 'Says your account has a problem and tells you to fix it through the message',
    explanation:
      'The message says your account is locked, suspended or under review, asks you to verify, sign in or restore it, and adds pressure, a generic greeting or a pointer to a link. A real company lets you sort out problems by signing in the usual way, not through a message. Open the app or type the address yourself.',
    severity: 'moderate',
    kinds: ['account-takeover', 'bank-impersonation'],
    guides,
    match: {
      combination: {
        allOf: ['account-problem-words', 'verify-request-words'],
        anyOf: ['urgency-words', 'generic-greeting', 'masked-contact', 'points-to-a-link'],
      },
    },
    examples: {
      mustMatch: [
        'We have temporarily disabled your online access. To restore access, verify your information at the link below.',
        'Dear customer, your account is suspended. Verify now to avoid permanent closure.',
      ],
      mustNotMatch: ['My phone is locked, I will log in on the laptop instead', 'Your account is active. Visit us any time.'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'reset-link-words',
    sign: 'asks-for-code',
    title: 'Talks about a sign-in or reset link sent to your phone',
    explanation: 'The sender says they are locked out, or that a sign-in, reset or verification link is being sent to your number.',
    guides,
    match: {
      phrases: ['locked out', 'sending a link to your', 'link to your number', 'link to your phone', 'sent to your number', 'sent to your phone',
        'reset link', 'login link', 'log in link', 'sign-in link', 'verification link', 'a link by mistake', 'link was sent to you'],
    },
    examples: {
      mustMatch: ['I got locked out of my account', 'I am sending a link to your number'],
      mustNotMatch: ['Here is the link to the photos', 'I locked the door'],
    },
  },
  {
    id: 'friend-asks-for-reset-link',
    sign: 'asks-for-code',
    title: 'A "friend" asks you to pass on a link or code sent to your phone',
    explanation:
      'Someone who seems to be a friend says they are locked out of an account and asks you to forward, or screenshot, a link or code that arrives on your phone. That link or code is for your own account: passing it on lets the scammer take over your account and then message your friends the same way. Do not forward it; check with your friend by calling them.',
    severity: 'strong',
    kinds: ['account-takeover', 'otp-theft'],
    guides: ['one-time-code-theft', 'account-problem-message'],
    match: {
      phrases: ['forward it back', 'forward it to me', 'send it back to me', 'send me the link', 'forward the link', 'forward me the link',
        'screenshot the link', 'screenshot it', 'send me a screenshot', 'forward the message', 'send me the message you get', 'forward the text'],
      combination: { anyOf: ['reset-link-words', 'mentions-a-code', 'code-word'] },
    },
    examples: {
      mustMatch: ['I got locked out of my Instagram, I am sending a link to your number, please forward it back to me',
        'A reset link was sent to your phone by mistake, can you send me a screenshot?'],
      mustNotMatch: ['Forward the link to the party invite to Sam please', 'Can you send me a screenshot of the train times?'],
    },
  },
  {
    id: 'service-account-restricted',
    sign: 'account-problem',
    title: 'A well-known service says your account is restricted or under review',
    explanation:
      'The message speaks as a well-known online service and says your account is restricted, locked, flagged or will be removed. Scammers copy these notices to worry you, then ask for your password or a code by link, reply or phone call. Check by opening the app or typing the website address yourself: a real restriction will show there.',
    severity: 'moderate',
    kinds: ['account-takeover'],
    guides,
    match: { combination: { allOf: ['names-an-online-service', 'account-restriction-claim'] } },
    examples: {
      mustMatch: ['Your LinkedIn account has been temporarily restricted because we noticed unusual activity.', 'Instagram: your account has been flagged for copyright infringement.'],
      mustNotMatch: ['I think Instagram is down again', 'Netflix is paused on the TV, come back'],
    },
  },
  {
    id: 'not-you-call-this-number',
    sign: 'activity-you-did-not-do',
    title: '"If this was not you", with a number or link to use straight away',
    explanation:
      'The message reports a change, sign-in or payment and says that if it was not you, you should call the number or open the link it gives. That is the trap: the number or link belongs to the scammer, who then asks for your codes or card details. Check in the company\'s app, or call the number on your card or on its official website.',
    severity: 'moderate',
    kinds: ['account-takeover', 'bank-impersonation', 'fake-charge'],
    guides: ['account-problem-message', 'bank-fraud-team-call'],
    match: { combination: { allOf: ['not-you-words'], anyOf: ['has-phone-number', 'suspicious-link', 'masked-contact'] } },
    examples: {
      mustMatch: ['Your PIN has been reset. If you did not request this, call 1-888-555-0144', 'New sign-in from Lagos. Not you? Secure it at https://bit.ly/3safe'],
      mustNotMatch: ['If this was not you, open the app and go to Security.', 'If you did not order this, reply to this email and we will help'],
    },
  },
];
