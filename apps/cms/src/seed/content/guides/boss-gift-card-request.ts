// A message “from the boss” asking for gift cards, an urgent payment or a change of bank details.
import type { GuideSeed } from '../types.js';

export const bossGiftCardRequest: GuideSeed = {
  slug: 'boss-gift-card-request',
  title: 'Is that message from my boss asking for gift cards a scam?',
  shortAnswer:
    'Almost certainly. Scammers pretend to be a manager, a director or a church leader and ask you to buy gift cards ' +
    'quickly and send them the codes. Do not buy anything. Check with the person face to face, or call them on a number ' +
    'you already have. The same goes for urgent requests to pay an invoice or change someone\'s bank details.',
  scenario: [
    'You get an email or text that seems to come from your boss. It is short: "Are you free? I need a quick favour. I\'m ' +
      'in a meeting and can\'t talk." The name is right, but the email address or number is one you have not seen before.',
    'When you reply, they ask you to buy gift cards for a client or as a surprise for staff. They name a brand, such as ' +
      'Apple, Google Play, Amazon or Steam, and a total amount. They promise to pay you back today.',
    'They ask you to scratch off the backs and send photos of the codes. Once you do, the money is spent within minutes. ' +
      'Then they may ask for more.',
  ],
  variants: [
    {
      title: 'Change of bank details',
      description:
        'An email from a supplier, a colleague or your payroll team says their bank account has changed. The next payment ' +
        'or salary goes to the scammer. This is often called business email compromise.',
    },
    {
      title: 'An urgent, secret payment',
      description:
        'A “director” emails the finance team asking for a large transfer for a confidential deal, and says not to tell ' +
        'anyone. Sometimes a fake lawyer joins the email chain.',
    },
    {
      title: 'A message from a faith leader, club or school',
      description:
        'The same scam uses the name of a priest, a coach, a head teacher or a club leader, asking members to buy gift cards for a good cause.',
    },
  ],
  redFlags: [
    {
      flag: 'A request to buy gift cards and send the codes',
      why: 'Gift card codes are like cash. Real businesses do not pay for things by asking staff to buy gift cards and send photos of them.',
    },
    {
      flag: 'A new email address or phone number',
      why: 'The display name can say anything. Look at the actual address or number, which will not be your boss\'s usual one.',
    },
    {
      flag: '“I\'m in a meeting and can\'t talk”',
      why: 'This stops you from calling to check, which would end the scam at once.',
    },
    {
      flag: 'Secrecy and urgency',
      why: 'Being told to keep it quiet and act now is meant to stop you asking a colleague who would spot it.',
    },
    {
      flag: 'A change of bank details by email',
      why: 'Emails can be faked or sent from a hacked account. A change of bank details should always be checked by phone using a number you already have.',
    },
  ],
  steps: [
    { step: 'Do not buy gift cards or make the payment.' },
    {
      step: 'Check with the person directly.',
      detail:
        'Walk over to them, or call them on a number you already have. Do not reply to the message or use a number in it.',
    },
    {
      step: 'Tell your IT or security team.',
      detail: 'They can warn colleagues and check whether an email account has been hacked.',
    },
    {
      step: 'If you sent gift card codes, contact the company that issued the cards now.',
      detail: 'Give them the codes and receipts. Sometimes unspent money can be frozen.',
    },
    {
      step: 'If a payment went to new bank details, call your bank now.',
      detail: 'The faster you act, the better the chance of stopping it.',
    },
    { step: 'Report it.' },
  ],
  faq: [
    {
      question: 'Would a real boss ever ask for gift cards?',
      answer:
        'Very rarely, and never in a hurry by text from a new number. If it happens, check in person or by phone first. ' +
        'It costs nothing to check.',
    },
    {
      question: 'The email came from my boss\'s real address. Is it safe?',
      answer:
        'Not necessarily. Accounts can be hacked, and addresses can be faked. Call your boss on a number you already have before doing anything.',
    },
    {
      question: 'I sent photos of the codes. Can I get the money back?',
      answer:
        'Contact the company that sold the gift cards at once and give them the codes. Keep the receipts. Tell your employer, and report it.',
    },
    {
      question: 'How can our workplace stop this?',
      answer:
        'Agree that no one buys gift cards or changes bank details because of an email or text alone. Every such request ' +
        'is checked by a phone call to a known number.',
    },
  ],
  channels: ['email', 'text'],
  kinds: ['boss-impersonation'],
  brands: ['apple', 'google', 'amazon'],
  relatedRules: [],
  relatedGuides: ['hi-mum-family-emergency', 'amazon-fraud-prevention-call', 'one-time-code-theft'],
  seo: {
    metaTitle: 'Is that message from my boss asking for gift cards a scam? | Redflags',
    metaDescription:
      'Your “boss” texts or emails asking you to buy gift cards and send the codes. Why it is a scam, how to check, and what to do if you sent them.',
  },
  publishedAt: '2026-11-22T11:00:00.000Z',
};
