// Fake unpaid-toll texts (E-ZPass and other US toll roads, Linkt, Dart Charge and others).
import type { GuideSeed } from '../types.js';

export const roadTollText: GuideSeed = {
  slug: 'road-toll-text',
  title: 'Is that text about an unpaid road toll a scam?',
  shortAnswer:
    'Very likely. These texts say you owe a small toll and must pay through a link today, or face a big fine. They are ' +
    'sent to huge numbers of people, whether they drive or not. The link leads to a fake payment page that steals your card details. ' +
    'Do not tap it. If you think you may owe a toll, check through the toll operator\'s own app or website that you open yourself.',
  scenario: [
    'A text says it comes from a toll road service. In the US it may use the name of E-ZPass, SunPass, FasTrak or a ' +
      'state toll agency. It says you have an unpaid toll of a few dollars. If you do not pay today, a late fee will be ' +
      'added and your licence or registration may be affected.',
    'The text has a link. The page it opens looks official and asks for your name, address and card details to pay ' +
      'the small amount.',
    'Once you pay, the scammers have your card. They may use it at once, sell it, or add it to their own phone\'s ' +
      'wallet. Some pages also ask for a code sent to your phone, which lets them do that straight away.',
  ],
  variants: [
    {
      title: 'Toll roads and crossings outside the US',
      description:
        'In Australia, fake texts use the names of toll road companies and say you have an unpaid toll notice. In the UK, ' +
        'they may copy the Dartford Crossing charge or a clean air zone charge. The pattern is the same: a small amount, a link and a deadline.',
    },
    {
      title: 'Parking fines and speeding tickets',
      description:
        'Some texts say you have an unpaid parking fine or a camera fine, with a link to pay. Real fines usually arrive ' +
        'by post with a reference number you can check on the official site.',
    },
    {
      title: 'Vehicle tax or registration',
      description:
        'A message says your vehicle tax or registration has failed and you must pay through a link to avoid a fine.',
    },
  ],
  redFlags: [
    {
      flag: 'A text about a toll when you do not remember using a toll road',
      why: 'The texts are sent to random numbers. Many people who get them have not driven on that road at all.',
    },
    {
      flag: 'A threat of big fines or losing your licence',
      why: 'Fear of a large penalty makes a small payment feel like the easy way out. That is the aim.',
    },
    {
      flag: 'A link that is not the toll operator\'s real web address',
      why: 'Scam links often add words such as “toll”, “pay” or a state name to a web address that has nothing to do with the real operator.',
    },
    {
      flag: 'It does not name your vehicle or the date and place of the toll',
      why: 'A real notice is about a specific trip and vehicle. A scam text has to fit everyone.',
    },
    {
      flag: 'The page asks for a code sent to your phone',
      why: 'That code can add your card to the scammer\'s phone wallet. No toll payment needs it.',
    },
  ],
  steps: [
    { step: 'Do not tap the link or reply.' },
    {
      step: 'Check whether you owe a toll yourself.',
      detail:
        'Open the toll operator\'s app, or type its website address yourself, and sign in to your account. Or call the ' +
        'number on your account statement or toll tag paperwork.',
    },
    {
      step: 'If you paid or typed in your card, call your bank now.',
      detail: 'Use the number on the back of your card. Ask them to block the card and check for payments you did not make.',
    },
    {
      step: 'If you read out or typed a code, tell your bank that too.',
      detail: 'It may have been used to add your card to someone else\'s phone. Your bank can remove it.',
    },
    {
      step: 'Report the text, then delete it.',
      detail: 'In the US, the UK and Canada, many mobile networks let you forward scam texts to 7726. Then report it as shown below.',
    },
  ],
  faq: [
    {
      question: 'Do toll companies send texts?',
      answer:
        'Some do, to customers who signed up. A real message will match your account. The safe way to check is always ' +
        'to sign in to your account yourself rather than use a link.',
    },
    {
      question: 'I do not even own a car. Why did I get this?',
      answer: 'Because the texts go to random numbers. It is a clear sign the message is a scam.',
    },
    {
      question: 'I paid the small amount. Is that all I lost?',
      answer:
        'Probably not. The scammers now have your card details and may use them later. Call your bank, stop the card ' +
        'and watch your statements.',
    },
    {
      question: 'What if I really do have an unpaid toll?',
      answer:
        'Then it will show in your account with the toll operator, or a letter will arrive. Pay through the official ' +
        'site or app you find yourself. You lose nothing by checking first.',
    },
  ],
  channels: ['text'],
  kinds: ['toll'],
  brands: ['ezpass'],
  relatedRules: [],
  relatedGuides: ['parcel-delivery-text', 'government-tax-impersonation', 'bank-fraud-team-call'],
  seo: {
    metaTitle: 'Is that unpaid road toll text a scam? | Redflags',
    metaDescription:
      'A text says you owe a small toll and must pay through a link today. How the toll text scam works, how to check, and what to do if you paid.',
  },
  publishedAt: '2026-11-21T09:00:00.000Z',
};
