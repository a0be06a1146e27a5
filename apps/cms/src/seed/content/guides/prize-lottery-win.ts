// Prize, lottery, sweepstakes and “free gift” messages that ask for a fee or details.
import type { GuideSeed } from '../types.js';

export const prizeLotteryWin: GuideSeed = {
  slug: 'prize-lottery-win',
  title: 'Have I really won a prize or the lottery, or is it a scam?',
  shortAnswer:
    'If you did not enter, you did not win. And if you must pay anything to get a prize, such as a fee, tax or delivery ' +
    'charge, it is a scam. Real prizes do not cost money to collect. Do not reply, do not tap the link and do not send ' +
    'any money or personal details.',
  scenario: [
    'A text, email, call or social media message says congratulations: you have won a large cash prize, a car, a new ' +
      'phone or a gift card. It may name a well-known lottery, a big shop or a famous company. It says your number or ' +
      'email was chosen at random.',
    'To claim the prize, you must reply, tap a link or call a number. Then there is a catch. You must pay a small fee ' +
      'first, for tax, insurance, customs or delivery. Or you must give your bank details “so the money can be paid in”, ' +
      'along with a copy of your ID.',
    'Once you pay, there is always another fee. The prize never comes. The details you gave can be used to steal from ' +
      'your bank or to open accounts in your name.',
  ],
  variants: [
    {
      title: 'A survey with a reward',
      description:
        'A message says you have been chosen to take a short survey for a well-known brand and get a free gift. At the ' +
        'end, you only need to pay for postage. The page takes your card details and may sign you up to a costly monthly payment.',
    },
    {
      title: 'A giveaway on social media',
      description:
        'A fake account that looks like a brand, a celebrity or a creator you follow says you won their giveaway. To claim, ' +
        'you must pay a fee, send a gift card or log in through a link.',
    },
    {
      title: 'A foreign lottery or sweepstake',
      description:
        'A letter or email says you won a lottery in another country, often one you have never heard of. You cannot win ' +
        'a lottery without buying a ticket, and a real lottery never asks winners to send money before it pays out.',
    },
    {
      title: 'Points or rewards about to expire',
      description:
        'A text says your phone company, bank or shop rewards points will expire today, with a link to redeem them. The ' +
        'link leads to a fake page that takes card details.',
    },
  ],
  redFlags: [
    {
      flag: 'You won something you never entered',
      why: 'You cannot win a draw you did not enter. “Chosen at random” is how scammers explain it.',
    },
    {
      flag: 'You must pay a fee, tax or delivery charge first',
      why: 'Real prizes do not cost money to collect. The fee is the scam, and there will always be another one.',
    },
    {
      flag: 'You must keep it secret or act today',
      why: 'Secrecy and deadlines stop you asking someone who would tell you it is a scam.',
    },
    {
      flag: 'They ask for bank details, ID or card numbers',
      why: 'These let scammers take money from your account or use your identity.',
    },
    {
      flag: 'Payment by gift card, cryptocurrency or money transfer',
      why: 'These are hard to trace and almost impossible to get back. No real prize needs them.',
    },
  ],
  steps: [
    { step: 'Do not reply, tap the link or call back.' },
    { step: 'Do not pay any fee or give any details.' },
    {
      step: 'If you want to check, contact the company yourself.',
      detail: 'Find its details on its official website or on your lottery ticket, not from the message.',
    },
    {
      step: 'If you paid or gave card or bank details, call your bank now.',
      detail: 'Use the number on the back of your card.',
    },
    {
      step: 'If you sent a copy of your ID, protect your identity.',
      detail: 'Watch for accounts or loans you did not open. In the US you can freeze your credit; in Australia, IDCARE can help.',
    },
    { step: 'Report it, then block the sender.' },
  ],
  faq: [
    {
      question: 'Do real lotteries contact winners?',
      answer:
        'Some do, if you bought a ticket and gave them your details. They will not ask you to pay to receive your prize. ' +
        'Check by signing in to your lottery account or calling the number on your ticket.',
    },
    {
      question: 'What if the prize is only small, like a free phone?',
      answer: 'Small prizes are used to get your card details. The postage fee is the trick. Do not pay it.',
    },
    {
      question: 'They say I have to pay tax on the prize first. Is that normal?',
      answer:
        'No. A real prize is not held back until you send money for tax. Any tax you might owe is dealt with separately, ' +
        'through your own tax office.',
    },
    {
      question: 'I already paid a fee. Can I get it back?',
      answer:
        'Call your bank or card company straight away. Payments by card are sometimes easier to reverse. Do not pay ' +
        'anything more, and be careful of anyone who later offers to get your money back for a fee.',
    },
  ],
  channels: ['text', 'email', 'call', 'social'],
  kinds: ['prize'],
  brands: [],
  relatedRules: [],
  relatedGuides: ['investment-crypto-scam', 'job-task-scam', 'parcel-delivery-text'],
  seo: {
    metaTitle: 'Have I really won a prize or the lottery? | Redflags',
    metaDescription:
      'If you did not enter, you did not win, and real prizes never cost money to collect. How prize and lottery scams work and what to do.',
  },
  publishedAt: '2026-11-21T10:00:00.000Z',
};
