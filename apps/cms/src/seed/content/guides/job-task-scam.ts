// Fake job offers: “task” jobs that ask you to pay in, and jobs that move money or steal identities.
import type { GuideSeed } from '../types.js';

export const jobTaskScam: GuideSeed = {
  slug: 'job-task-scam',
  title: 'Is that job offer by text or WhatsApp a scam?',
  shortAnswer:
    'If a stranger offers you easy, well-paid work from home that you did not apply for, it is very likely a scam. If the ' +
    'job ever asks you to pay money in, to buy anything, or to move money for someone, it is a scam. A real job pays you; ' +
    'you do not pay it. Stop replying and do not send any money or copies of your ID.',
  scenario: [
    'A friendly message arrives by text, WhatsApp or Telegram. A “recruiter” says they found your CV online and have a ' +
      'part-time job you can do from your phone. You only need an hour a day, and the pay is high for very little work.',
    'The job is a set of simple “tasks”: liking videos, rating products, reviewing hotels or “boosting” apps. You are ' +
      'added to a group chat where other “workers” post screenshots of their earnings. At first you are paid small amounts, ' +
      'so it feels real.',
    'Then a task needs you to top up your work account with your own money, often in cryptocurrency. You are told you ' +
      'will get it back with a bonus when you finish the set. Each set costs more. When you ask to withdraw, there is a ' +
      'new fee or “tax” to pay first. The money never comes back.',
  ],
  variants: [
    {
      title: 'Receiving and sending money for a company',
      description:
        'A “payment agent” or “finance assistant” job asks you to receive money into your bank account and send it on. ' +
        'This is money laundering, even if you did not know. You can lose your bank account and face the law.',
    },
    {
      title: 'Reshipping parcels',
      description:
        'You are asked to receive parcels at home and post them abroad. The goods were often bought with stolen cards, ' +
        'and you may never be paid.',
    },
    {
      title: 'A cheque for equipment',
      description:
        'You are “hired” after a quick chat and sent a cheque to buy a laptop or office things from a supplier they name. ' +
        'You pay the supplier, then the cheque bounces. The money you paid was your own.',
    },
    {
      title: 'Fees for training, visas or checks',
      description:
        'A job, often abroad, needs you to pay for training, a background check, a uniform or a work visa before you start. ' +
        'Real employers do not charge you to hire you.',
    },
  ],
  redFlags: [
    {
      flag: 'A job offer you did not apply for, out of the blue',
      why: 'Real recruiters rarely hire by a message from an unknown number. Scammers message huge numbers of people at once.',
    },
    {
      flag: 'High pay for simple tasks on your phone',
      why: 'If it sounds too easy for the money, it is. The early small payments are there to gain your trust.',
    },
    {
      flag: 'You must pay in, top up or deposit to keep working',
      why: 'A job pays you. Any job that asks you to put money in first is a scam.',
    },
    {
      flag: 'You are paid in, or asked to pay in, cryptocurrency',
      why: 'Crypto is hard to trace and cannot be reversed, which is why scammers prefer it.',
    },
    {
      flag: 'You are asked to move money through your bank account',
      why: 'This makes you a “money mule”. Banks can close your account, and you may be held responsible.',
    },
    {
      flag: 'The interview is only by text or chat',
      why: 'Real employers usually talk to you and have a real company you can check.',
    },
  ],
  steps: [
    { step: 'Stop replying. Do not pay anything to unlock tasks or withdraw earnings.' },
    {
      step: 'Check the company yourself.',
      detail:
        'Look for the company on its own website and contact it through the details there. Ask whether the job and the ' +
        'recruiter are real.',
    },
    {
      step: 'If you sent money, call your bank or the crypto exchange you used now.',
      detail: 'Tell them it was a scam. Keep screenshots of the chats, the “work platform” and your payments.',
    },
    {
      step: 'If money from a stranger came into your account, tell your bank.',
      detail: 'Do not send it on. Let your bank deal with it.',
    },
    {
      step: 'If you sent ID documents, protect your identity.',
      detail: 'Watch for accounts opened in your name. In the US you can freeze your credit; in Australia, IDCARE can help.',
    },
    { step: 'Report it, and report the account on the app you were contacted through.' },
  ],
  faq: [
    {
      question: 'They paid me at first. Does that mean it is real?',
      answer:
        'No. Small early payments are part of the scam. They make you trust the “job” before you are asked to pay in larger amounts.',
    },
    {
      question: 'They say I must pay a fee to withdraw my earnings. Should I pay?',
      answer:
        'No. There will always be another fee. The balance shown on the site is not real money you can get back. Stop paying.',
    },
    {
      question: 'Is it illegal to move money for a job?',
      answer:
        'It can be. Moving money for other people can be money laundering, even if you did not know. Stop, do not move ' +
        'any more and tell your bank.',
    },
    {
      question: 'How do real recruiters contact people?',
      answer:
        'Usually after you apply, or through a work profile you made, and from a company email address. They do not ask ' +
        'you to pay or to buy anything to get the job.',
    },
    {
      question: 'Someone is offering to get my money back. Can they?',
      answer:
        'Be careful. Scammers often come back pretending to be lawyers, police or “recovery” firms who want a fee. Only ' +
        'deal with your bank and the official reporting bodies.',
    },
  ],
  channels: ['text', 'social', 'email', 'web'],
  kinds: ['job'],
  brands: ['whatsapp'],
  relatedRules: [],
  relatedGuides: ['investment-crypto-scam', 'romance-scam', 'prize-lottery-win'],
  seo: {
    metaTitle: 'Is that job offer by text or WhatsApp a scam? | Redflags',
    metaDescription:
      'Easy work from home, paid tasks, then a deposit to unlock your earnings. How job and task scams work, and what to do if you paid in.',
  },
  publishedAt: '2026-11-21T11:00:00.000Z',
};
