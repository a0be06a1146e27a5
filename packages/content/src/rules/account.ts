// Fake account-problem messages from Apple, PayPal, Netflix, Amazon and others:
// "your account is locked" or "your payment failed", with a link to a copy of the sign-in page.
import type { RuleInput } from '@redflags/schema';
import { wholeWords } from './whole-words.js';

const guides = ['account-problem-message'];

export const accountRules: RuleInput[] = [
  {
    scored: false,
    severity: 'weak',
    id: 'names-an-online-service',
    sign: 'account-problem',
    title: 'Names a well-known online service',
    explanation: 'The message speaks as a big online company that many people have an account with.',
    guides,
    match: {
      phrases: [
        'amazon',
        'apple',
        'icloud',
        'itunes',
        'paypal',
        'netflix',
        'microsoft',
        'office 365',
        'google',
        'walmart',
        'costco',
        'best buy',
        'cash app',
        'zelle',
        'venmo',
        'dropbox',
        'docusign',
        'linkedin',
        'tiktok',
        'snapchat',
        'roblox',
        'uber',
        'facebook',
        'instagram',
        'whatsapp',
        'disney',
        'spotify',
        'ebay',
        'coinbase',
        'binance',
        'norton',
        'mcafee',
        'geek squad',
        'hulu',
        'prime video',
        'steam',
        'xbox',
        'playstation',
        'verizon',
        't-mobile',
        'vodafone',
        'at&t',
      ],
      patterns: wholeWords('amzn'),
    },
    examples: {
      mustMatch: ['Netflix: your plan', 'Your Apple ID'],
      mustNotMatch: ['Pick up milk', 'Your bank card'],
    },
  },
  {
    id: 'account-problem-with-link',
    sign: 'account-problem',
    title: 'Account "problem" with a link to fix it',
    explanation:
      'The message says your account is locked, suspended or was signed into, and gives a link to put it right. The link leads to a copy of the real sign-in page that steals your password and card. Open the app or type the website address yourself.',
    severity: 'strong',
    kinds: ['account-takeover', 'apple-impersonation', 'paypal-impersonation', 'netflix-impersonation', 'amazon-impersonation'],
    guides,
    match: {
      combination: {
        allOf: ['account-problem-words', 'suspicious-link'],
        anyOf: ['verify-request-words', 'names-an-online-service', 'urgency-words'],
      },
    },
    examples: {
      mustMatch: [
        'Your Apple ID has been locked. Verify your details at https://appleid-unlock-help.com',
        'PayPal: unusual activity detected. Restore access within 24 hours: http://pp-restore.info',
      ],
      mustNotMatch: [
        'Your Apple ID was used to sign in to a new iPhone. If this was you, you can ignore this message.',
        'The library account system is down for maintenance tonight.',
      ],
    },
  },
  {
    id: 'account-problem-any-link',
    sign: 'account-problem',
    title: 'Account "problem" with a link',
    explanation:
      'The message says your account is locked, suspended or was signed into, and gives a link. Even when the link looks right, open the app or type the website address yourself.',
    severity: 'moderate',
    kinds: ['account-takeover'],
    guides,
    match: {
      combination: {
        allOf: ['account-problem-words', 'has-any-link'],
        anyOf: ['verify-request-words', 'names-an-online-service', 'urgency-words'],
      },
    },
    examples: {
      mustMatch: [
        'Your account is suspended. Verify at https://secure-accounts-center.com',
        'Apple: your account is locked, unlock at https://www.apple.com/account',
      ],
      mustNotMatch: ['Your account is ready: https://example.com/welcome', 'The gym is closed today, see https://gym.example.com'],
    },
  },
  {
    id: 'account-change-alert',
    sign: 'activity-you-did-not-do',
    title: '"Was this you?" alert about a password or phone-number change',
    explanation:
      'The message says someone reset your password or changed the phone number on your account and asks you to call, reply or click if it was not you. Scammers send this so that you call them or read them a code. Check in the app itself.',
    severity: 'moderate',
    kinds: ['account-takeover'],
    guides: ['account-problem-message', 'one-time-code-theft'],
    match: {
      phrases: [
        'reset your password',
        'password reset',
        'change your password',
        'change the phone number',
        'change your phone number',
        'phone number linked',
        'email address linked',
        'new payee',
        'request to change',
        'requested to change',
        'add a new device',
        'pin was changed',
        'pin has been changed',
        'pin on your account',
        'pin has been reset',
        'pin was reset',
        'passcode was reset',
        'passcode has been reset',
        'email was changed',
        'email address was changed',
        'number was changed',
        'sim swap',
        'new sim',
        'port out',
        'port-out',
        'transfer your number',
        'port your number',
        'requested to port',
        'new carrier',
        'account recovery',
      ],
      combination: {
        allOf: ['not-you-words'],
        anyOf: ['has-phone-number', 'call-us-words', 'reply-keyword', 'suspicious-link', 'reply-no-words'],
      },
    },
    examples: {
      mustMatch: [
        'We received a request to reset your password. If this was not you, call 1-888-555-0120',
        'Someone requested to change the phone number linked to your account. Not you? Reply NO',
      ],
      mustNotMatch: [
        'Your password was changed. If this was not you, open the app and go to Security.',
        'I need to reset my password again, ugh',
      ],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'reply-no-words',
    sign: 'call-its-number',
    title: 'Asks you to reply NO or STOP to cancel',
    explanation: 'The message asks you to reply NO or a code to stop a change.',
    guides,
    match: { patterns: [{ regex: '\\breply \\W?(?:no|n|cancel|2)\\b', literal: 'reply' }] },
    examples: { mustMatch: ['Reply NO to cancel', 'reply 2 to stop it'], mustNotMatch: ['Reply STOP to opt out', 'no reply needed'] },
  },
  {
    id: 'brand-account-problem-claim',
    sign: 'account-problem',
    title: 'A company says your account is locked or your payment failed',
    explanation:
      "The message speaks as a well-known company and says your account is locked, suspended or that a payment failed. Check by opening the company's app or website yourself, never through the message.",
    severity: 'moderate',
    kinds: ['account-takeover', 'netflix-impersonation', 'apple-impersonation', 'paypal-impersonation'],
    guides,
    match: {
      combination: {
        allOf: ['names-an-online-service', 'account-problem-words'],
        anyOf: ['payment-problem-words', 'verify-request-words', 'urgency-words'],
      },
    },
    examples: {
      mustMatch: [
        'Netflix: your payment failed and your account is locked. See details attached',
        'Your PayPal account is suspended. Restore it today',
      ],
      mustNotMatch: ['Netflix: your new plan starts today', 'My Apple watch is locked, ugh, forgot the code'],
    },
  },
  {
    id: 'payment-problem-with-link',
    sign: 'account-problem',
    title: 'Payment or billing "problem" with a link',
    explanation:
      "The message says a subscription payment failed or your card needs updating, and gives a link. Scammers use this to collect card details. Check your account in the company's own app.",
    severity: 'strong',
    kinds: ['netflix-impersonation', 'subscription-trap', 'account-takeover'],
    guides,
    match: { combination: { allOf: ['payment-problem-words', 'has-link'] } },
    examples: {
      mustMatch: [
        'Netflix: we could not process your monthly payment. Update your payment details at https://nf-billing.top',
        'Your subscription has expired. Renew your plan here: bit.ly/4renewnow',
      ],
      mustNotMatch: [
        'Your monthly payment of $9.99 went through. Thanks for watching!',
        'Your subscription renews on 4 May. Manage it in the app settings.',
      ],
    },
  },
  {
    id: 'account-will-be-closed',
    sign: 'account-problem',
    title: 'Threatens to close or delete your account',
    explanation:
      'The message threatens to close, delete or suspend your account unless you act fast. Real companies give you time and let you sort things out in their own app.',
    severity: 'moderate',
    kinds: ['account-takeover', 'paypal-impersonation', 'apple-impersonation'],
    guides,
    match: {
      patterns: [
        {
          regex:
            '\\b(?:account|id|access|service)\\b[^.!?\\n]{0,40}\\bwill be (?:permanently )?(?:terminated|closed|deleted|suspended|disabled|deactivated|locked|blocked|cancelled|canceled)',
          literal: 'will be',
        },
        { regex: '\\bto avoid (?:disconnection|suspension|deactivation|closure|termination|cancellation)', literal: 'to avoid' },
      ],
    },
    examples: {
      mustMatch: ['Verify now or your account will be permanently terminated', 'Upgrade your security to avoid disconnection'],
      mustNotMatch: ['The shop will be closed on Monday', 'Your old account was closed as you asked'],
    },
  },
  {
    id: 'unexpected-refund-with-link',
    sign: 'money-you-did-not-expect',
    title: 'Offers a refund or money back if you click or call',
    explanation:
      'The message says you are owed a refund or were overcharged and gives a link to claim it. Real refunds go back to your card or account on their own; you never need to enter card details to receive money.',
    severity: 'strong',
    kinds: ['refund', 'netflix-impersonation', 'tax'],
    guides: ['account-problem-message', 'government-tax-impersonation'],
    match: {
      phrases: [
        'refund',
        'reimbursing',
        'reimbursement',
        'overcharged',
        'over-charged',
        'overcharge',
        'money back',
        'owed to you',
        'refunded',
        'overpaid',
        'over paid',
        'owe you',
        'eligible for a refund',
        'refund is ready',
        'refund pending',
        'compensation',
        'rebate',
      ],
      combination: { anyOf: ['has-link', 'has-phone-number', 'call-us-words', 'reply-keyword'] },
    },
    examples: {
      mustMatch: [
        'You were overcharged by $84.20. Get your refund at https://refund-desk.info/r',
        'HMRC: you are due a tax rebate, claim it here bit.ly/3rebate',
      ],
      mustNotMatch: ['Your refund of $12.99 has been issued to your original card.', 'I got my money back from the shop, call me later'],
    },
  },
  {
    id: 'account-security-upgrade',
    sign: 'account-problem',
    title: 'Asks you to "upgrade" or "update" your account security',
    explanation:
      "The message asks you to upgrade or re-verify your account's security through a link. This is a common way to steal passwords.",
    severity: 'moderate',
    kinds: ['account-takeover'],
    guides,
    match: {
      phrases: [
        'upgrade your',
        'security upgrade',
        'security update',
        'security feature',
        'security questions',
        'verify your login',
        'verify your identity',
        'verify your account',
        'confirm your identity',
        'confirm your account',
        'validate your account',
      ],
      combination: { anyOf: ['suspicious-link'] },
    },
    examples: {
      mustMatch: [
        'We are upgrading our systems. Upgrade your account security at http://acct-upgrade.top',
        'Verify your account within 24 hours: https://bit.ly/3verify',
      ],
      mustNotMatch: ['Verify your account by tapping the button in the app we just sent you to', 'Upgrade your phone for free in store'],
    },
  },
  {
    id: 'new-login-alert-with-link',
    sign: 'activity-you-did-not-do',
    title: 'Sign-in alert that asks you to click a link',
    explanation:
      'The message says someone signed in to your account and gives a link to "secure" it. Real alerts tell you to open the app or website yourself; a link in the alert is often the trap.',
    severity: 'strong',
    kinds: ['account-takeover'],
    guides,
    match: {
      phrases: ['new login', 'new sign in', 'new sign-in', 'signed in', 'login attempt', 'sign in attempt', 'new device', 'logged in from'],
      // Genuine sign-in notices link to the company's own website; a shortened, coded or imitation link is the sign.
      combination: { anyOf: ['unfamiliar-link'] },
    },
    examples: {
      mustMatch: [
        'New login detected from Lagos. Not you? Secure your account: http://secure-acct.info',
        'Someone signed in on a new device. Review: https://bit.ly/3signin',
      ],
      mustNotMatch: [
        'New login to your account from Chrome on Windows. If this was you, no action is needed.',
        'I signed in to the gym today',
        'New sign-in on a Windows laptop. If this was you, you do not need to do anything. Review it at https://myaccount.google.com/notifications',
      ],
    },
  },
];
