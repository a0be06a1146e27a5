// Fake e-mail account notices: "your mailbox is full", "your webmail must be upgraded", "messages are on hold".
// They copy the look of an IT department's notice and lead to a page that asks for the e-mail password.
import type { RuleInput } from '@redflags/schema';

const guides = ['account-problem-message'];

export const mailboxRules: RuleInput[] = [
  {
    scored: false,
    severity: 'weak',
    id: 'mailbox-words',
    sign: 'account-problem',
    title: 'Talks about your e-mail account or mailbox',
    explanation: 'The message speaks as your e-mail provider or IT department about your mailbox.',
    guides,
    match: {
      phrases: ['mailbox', 'mail box', 'webmail', 'web mail', 'email account', 'e-mail account', 'mail account', 'email quota', 'mail quota',
        'storage quota', 'mail server', 'email server', 'outlook account', 'office 365', 'microsoft 365', 'outlook web', 'email administrator',
        'mail administrator', 'it help desk', 'it helpdesk', 'it department', 'email storage', 'mail storage', 'email upgrade', 'mail upgrade'],
    },
    examples: {
      mustMatch: ['Your mailbox is almost full', 'Webmail notice for all users'],
      mustNotMatch: ['The post box is on the corner', 'Send me an email when you land'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'mailbox-problem-words',
    sign: 'account-problem',
    title: 'Says your mailbox is full, out of date or holding your mail',
    explanation: 'The message says your mailbox is full, must be upgraded or re-validated, or that mail is waiting or will be lost.',
    guides,
    match: {
      phrases: ['almost full', 'is full', 'over its limit', 'over the limit', 'exceeded', 'reached its limit', 'size limit', 'storage limit',
        'due for an upgrade', 'due for upgrade', 'must be upgraded', 'needs to be upgraded', 'upgrade your', 'out of date', 'outdated',
        'will be rejected', 'are on hold', 'on hold', 'pending messages', 'pending emails', 'undelivered', 'incoming messages',
        'incoming mail', 'will be deleted', 'will be deactivated', 'will be closed', 'will be suspended', 'lose access', 'losing access',
        'revalidate', 're-validate', 'validate your', 'verify your', 'confirm your', 'password expires', 'password will expire',
        'password has expired', 'keep your password', 'keep the same password', 'keep current password', 'increase your storage',
        'increase storage', 'more storage', 'free up space', 'deactivation', 'blacklisted', 'spam activity'],
    },
    examples: {
      mustMatch: ['Incoming mail will be rejected', 'Your password expires today'],
      mustNotMatch: ['The fridge is empty again', 'See you at lunch'],
    },
  },
  {
    id: 'mailbox-problem-with-action',
    sign: 'account-problem',
    title: 'E-mail account "problem" with a link or a button to fix it',
    explanation:
      'The message says your mailbox is full, must be upgraded or will stop receiving mail, and asks you to click, sign in or reply to fix it. These notices lead to a copy of a sign-in page that steals your e-mail password, and with it every account that resets through your e-mail. Real storage warnings appear inside your mailbox or its settings; check there, or ask your IT department in person.',
    severity: 'moderate',
    kinds: ['account-takeover'],
    guides,
    match: {
      combination: {
        allOf: ['mailbox-words', 'mailbox-problem-words'],
        anyOf: ['has-link', 'masked-contact', 'verify-request-words', 'reply-keyword', 'asks-for-password-or-pin'],
      },
    },
    examples: {
      mustMatch: [
        'Webmail notice: your mailbox has exceeded its storage limit. Click here to increase your storage or incoming mail will be rejected.',
        'Dear user, your email account is due for an upgrade. Sign in at https://mail-upgrade-desk.com to avoid losing access.',
      ],
      mustNotMatch: [
        'My mailbox is full of spam again, I need to clear it out this weekend.',
        'IT department: the mail server will be down for maintenance on Saturday from 8 to 10.',
      ],
    },
  },
];
