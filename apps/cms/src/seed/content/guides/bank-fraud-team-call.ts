// Calls and texts from a fake bank fraud team, including the “safe account” trick.
import type { GuideSeed } from '../types.js';

export const bankFraudTeamCall: GuideSeed = {
  slug: 'bank-fraud-team-call',
  title: 'Is that call or text from my bank\'s fraud team a scam?',
  shortAnswer:
    'It might be. Banks do contact customers about fraud, and scammers copy them. The safe answer is the same either way: ' +
    'hang up, and call your bank on the number on the back of your card. Your bank will never ask you to move money to a ' +
    '“safe account”, to read out a code it sent you, to tell it your full PIN or password, or to hand your card to a courier. ' +
    'If a caller asks for any of these, it is a scam.',
  scenario: [
    'You get a text that looks like it is from your bank. It asks if you made a payment to a shop you have never heard of. ' +
      'Reply or call if it was not you. Soon after, someone calls. The call may even show your bank\'s real number, ' +
      'because scammers can fake the number that appears on your phone.',
    'The caller says they are from the fraud team. They know your name and perhaps part of your card number. They say ' +
      'criminals are inside your account, or that someone at your bank is helping the criminals. They say you must act ' +
      'now to protect your money.',
    'They tell you to move all your money to a new “safe account” they have set up for you. They give you the account ' +
      'details and tell you what to say if your bank asks why you are moving it. Or they ask you to read out a code your ' +
      'bank has just texted you, “to cancel the fraud”.',
    'The “safe account” belongs to the scammers. The code approves their payment or adds your card to their phone. ' +
      'Because you made the payment yourself, it can be harder to get the money back, so act fast.',
  ],
  variants: [
    {
      title: 'A fake police officer or regulator',
      description:
        'A caller says they are a police officer, or from a bank regulator or “the fraud office”. They say your bank is ' +
        'under investigation and you must help by moving money or withdrawing cash. Real police do not ask you to do this.',
    },
    {
      title: 'A courier comes to collect your card',
      description:
        'The caller says your card is compromised and a courier will collect it. They ask you to tell them your PIN or to ' +
        'type it on your phone. Banks never send someone to collect your card or ask for your PIN.',
    },
    {
      title: 'A text with a link to “secure your account”',
      description:
        'The text says a new device has signed in, or a payee has been added, and gives a link. The link opens a fake ' +
        'bank sign-in page that records what you type.',
    },
    {
      title: 'Buy gold or withdraw cash to keep it safe',
      description:
        'Some callers ask people, often older people, to take out cash or buy gold or foreign currency and hand it over ' +
        'for “safe keeping” or as evidence. It is the same scam.',
    },
  ],
  redFlags: [
    {
      flag: 'Being told to move money to a “safe account”',
      why: 'Banks never do this. There is no such thing as a safe account set up for you by a caller. Any account a caller gives you belongs to the scammer.',
    },
    {
      flag: 'Being asked for a code your bank texted you',
      why: 'Those codes approve payments or sign-ins. Your bank sent it to you to use yourself, not to read out to anyone.',
    },
    {
      flag: 'Being told what to say to your own bank',
      why: 'Scammers coach people to say the payment is for a holiday or a builder, so the bank does not stop it. Nobody honest asks you to lie to your bank.',
    },
    {
      flag: 'The call shows your bank\'s real number',
      why: 'Caller ID can be faked. A number on your screen proves nothing about who is calling.',
    },
    {
      flag: 'They say staff at your bank are in on the fraud',
      why: 'This is said to stop you calling your bank to check. It is a scammer\'s line, not a real warning.',
    },
    {
      flag: 'They ask for your PIN, full password or card',
      why: 'Your bank never needs your full PIN or password, and never sends someone to collect your card.',
    },
  ],
  steps: [
    {
      step: 'Hang up, or stop replying.',
      detail: 'You can always end a call and check. A real bank will not mind.',
    },
    {
      step: 'Call your bank on a number you trust.',
      detail:
        'Use the number on the back of your card or in your banking app. If you can, use a different phone, or wait a ' +
        'few minutes first, because some scammers keep the line open after you hang up. In the UK you can call 159 to ' +
        'reach many banks\' fraud teams.',
    },
    {
      step: 'If you moved money or shared a code, tell your bank now.',
      detail: 'The faster you call, the better the chance of stopping the payment. Ask them to block your cards and online banking if needed.',
    },
    {
      step: 'Change your online banking password.',
      detail: 'Do this if you typed it into a link or told anyone. Do it from your banking app or a website address you typed yourself.',
    },
    {
      step: 'Report it.',
      detail: 'Report it as shown below. Forward scam texts to 7726 if your network supports it.',
    },
  ],
  faq: [
    {
      question: 'Does my bank ever call me about fraud?',
      answer:
        'Yes, banks do call or text about unusual payments. A real bank call will not ask you to move money, share a ' +
        'code or give your PIN. If you are unsure, hang up and call the number on your card.',
    },
    {
      question: 'What is a “safe account”?',
      answer:
        'It does not exist. It is an account owned by the scammer. Banks never ask customers to move money to keep it safe.',
    },
    {
      question: 'The caller knew my account details. How?',
      answer:
        'Scammers buy leaked data, or get it from an earlier fake text you replied to. Knowing some of your details does not make them your bank.',
    },
    {
      question: 'Will I get my money back?',
      answer:
        'It depends on where you live and on what happened. Many banks do refund people tricked like this, and in some ' +
        'countries there are rules that help. Call your bank at once and report it. The sooner you do, the better.',
    },
    {
      question: 'Why did my bank\'s number appear on my phone?',
      answer:
        'Scammers can make any number show on your screen. This is called spoofing. Do not trust a call because of the number shown.',
    },
  ],
  channels: ['call', 'text'],
  kinds: ['bank-impersonation'],
  brands: [
    'bank-of-america',
    'chase',
    'wells-fargo',
    'barclays',
    'hsbc',
    'lloyds',
    'natwest',
    'commonwealth-bank',
    'rbc',
    'td',
  ],
  relatedRules: [],
  relatedGuides: ['one-time-code-theft', 'parcel-delivery-text', 'amazon-fraud-prevention-call', 'government-tax-impersonation'],
  seo: {
    metaTitle: 'Is that call from my bank\'s fraud team a scam? | Redflags',
    metaDescription:
      'Banks never ask you to move money to a “safe account” or read out a code. How the fake fraud-team call works and what to do first.',
  },
  publishedAt: '2026-11-20T11:00:00.000Z',
};
