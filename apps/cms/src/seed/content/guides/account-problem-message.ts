// “Your account is locked / payment failed” messages copying Apple, PayPal, Netflix and similar services.
import type { GuideSeed } from '../types.js';

export const accountProblemMessage: GuideSeed = {
  slug: 'account-problem-message',
  title: 'Is that Apple, PayPal or Netflix message about a problem with my account a scam?',
  shortAnswer:
    'Often, yes. Scammers send emails and texts saying your account is locked, a payment failed or a strange purchase was ' +
    'made. They give a link to fix it or a number to call. The link opens a fake sign-in page that steals your password and card. ' +
    'Do not use the link or the number. Open the app, or type the website address yourself, and sign in there. If there is ' +
    'a real problem, you will see it.',
  scenario: [
    'An email arrives with the logo of Apple, PayPal, Netflix or another service you use. It says your account has been ' +
      'suspended, your payment has failed, or someone signed in from another country. You must confirm your details ' +
      'within 24 hours or lose access.',
    'The button takes you to a page that looks exactly like the real sign-in page. You type your email and password. ' +
      'Then it asks for your card details, your address and your date of birth “to verify your identity”. Some pages also ' +
      'ask for the code sent to your phone.',
    'With this, the scammers can sign in to your account, change the password and lock you out, use your card, and try ' +
      'the same password on your email and bank.',
  ],
  variants: [
    {
      title: 'A receipt for something you did not buy',
      description:
        'An email looks like a receipt for an expensive purchase or subscription, with a number to call if you did not ' +
        'make it. The number reaches a fake support line that will ask for remote access or card details.',
    },
    {
      title: 'A real PayPal invoice with a scam phone number',
      description:
        'Scammers can send a real invoice or money request through PayPal, so it comes from PayPal\'s own address. The ' +
        'note inside says you have been charged and gives a phone number to call. Do not call it. Do not pay an invoice you do not recognise.',
    },
    {
      title: 'iCloud storage full or photos about to be deleted',
      description:
        'A message says your cloud storage is full and your photos will be deleted unless you upgrade through a link. ' +
        'Check your storage in your phone\'s settings instead.',
    },
    {
      title: 'Netflix or streaming payment failed',
      description:
        'A text or email says your streaming subscription is on hold because a payment failed and asks you to update your ' +
        'card through a link. Check in the app itself.',
    },
  ],
  redFlags: [
    {
      flag: 'A link or button to “verify” or “unlock” your account',
      why: 'It leads to a fake sign-in page. The real app will show any problem when you sign in the usual way.',
    },
    {
      flag: 'A deadline such as “within 24 hours” or your account will be closed',
      why: 'Urgency is used so you click before you think. Real services give you time.',
    },
    {
      flag: 'A phone number to call about a charge',
      why: 'Scam receipts use a phone number so you call them. The person who answers will try to get remote access or card details.',
    },
    {
      flag: 'The sender\'s address or link is not the company\'s real one',
      why: 'A familiar logo is easy to copy. The web address in the link, and the full sender address, are harder to fake.',
    },
    {
      flag: 'It does not use your name',
      why: '“Dear customer” or “Dear user” suggests a message sent to a huge list, not to you.',
    },
    {
      flag: 'It asks for your password, card details and a code together',
      why: 'This is all a scammer needs to take over the account and spend money. A real service does not ask for this by message.',
    },
  ],
  steps: [
    { step: 'Do not tap the link or call the number.' },
    {
      step: 'Check your account yourself.',
      detail:
        'Open the app, or type the company\'s web address yourself, and sign in. Look for alerts, failed payments or ' +
        'purchases. If there is nothing, the message was fake.',
    },
    {
      step: 'If you typed your password into the page, change it now.',
      detail:
        'Change it on the real app or site. If you use the same password anywhere else, change those too, starting with ' +
        'your email. Turn on two-step verification.',
    },
    {
      step: 'If you gave card details, call your bank.',
      detail: 'Use the number on the back of your card and ask them to stop the card.',
    },
    {
      step: 'Report the message, then delete it.',
      detail:
        'Many companies have their own address for reporting fake emails; look for it on their official website. In the ' +
        'UK, you can forward scam emails to report@phishing.gov.uk and scam texts to 7726.',
    },
  ],
  faq: [
    {
      question: 'The email had the right logo and looked perfect. How can it be fake?',
      answer:
        'Logos and page designs are easy to copy. Look at where the link really goes and at the sender\'s full address, ' +
        'or simply ignore the link and sign in through the app.',
    },
    {
      question: 'I entered my password on the fake page. What now?',
      answer:
        'Change the password straight away on the real app or website. Change it anywhere else you used it. Check for ' +
        'changes to your account, such as a new email address or device, and turn on two-step verification.',
    },
    {
      question: 'I got a real PayPal invoice I do not recognise. Is it a scam?',
      answer:
        'It can be. Scammers send real invoices through PayPal with fake phone numbers in the notes. Do not pay it and do ' +
        'not call the number. Sign in to PayPal yourself to check your account.',
    },
    {
      question: 'How do I know the real company\'s support number?',
      answer:
        'Find it inside the app or on the company\'s official website, which you type yourself. Do not use numbers from ' +
        'emails, texts or search adverts.',
    },
    {
      question: 'Would Apple, PayPal or Netflix ever ask for my password by email?',
      answer:
        'No. Services like these do not need you to send your password or a sign-in code to help you. If a message or caller asks for them, it is a scam.',
    },
  ],
  channels: ['email', 'text', 'call'],
  kinds: ['apple-impersonation', 'paypal-impersonation', 'netflix-impersonation', 'account-takeover', 'fake-charge'],
  brands: ['apple', 'paypal', 'netflix'],
  relatedRules: [],
  relatedGuides: ['one-time-code-theft', 'tech-support-scam', 'amazon-fraud-prevention-call', 'parcel-delivery-text'],
  seo: {
    metaTitle: 'Is that Apple, PayPal or Netflix account message a scam? | Redflags',
    metaDescription:
      'A message says your account is locked or a payment failed, with a link to fix it. How these scams work, how to check your account, and what to do.',
  },
  publishedAt: '2026-11-23T12:00:00.000Z',
};
