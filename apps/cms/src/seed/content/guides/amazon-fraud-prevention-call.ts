// The reference guide: the recorded “Amazon fraud prevention” call about an order you did not make.
import type { GuideSeed } from '../types.js';

export const amazonFraudPreventionCall: GuideSeed = {
  slug: 'amazon-fraud-prevention-call',
  title: 'Is that Amazon fraud prevention call a scam?',
  shortAnswer:
    'Almost certainly, yes. Amazon does not call you with a recorded message about a big order and ask you to press 1. ' +
    'The call is made to scare you into talking to a scammer. They will try to get you to install an app that lets them ' +
    'control your device, to buy gift cards, or to read out a code sent to your phone. Hang up. Then open the Amazon app, ' +
    'or type the Amazon website address yourself, and look at your orders. If there is no strange order there, there is nothing to fix.',
  scenario: [
    'Your phone rings and a recorded voice speaks. It says it is calling from Amazon fraud prevention. It says an order ' +
      'for an iPhone costing $799 has been placed on your account. If you did not make this order, you should press 1 ' +
      'now, or call back on the number it reads out. Sometimes the same message is left as a voicemail.',
    'When you press 1, a real person answers. They sound calm and helpful. They give a name and maybe a staff number. ' +
      'They say a criminal is using your account, and that they must act fast to stop the payment. They may already ' +
      'know your name or your address, which makes the call feel real.',
    'Then they ask you to do something. They may ask you to install an app such as AnyDesk or TeamViewer so they can ' +
      '“secure” your computer. They may ask you to read out a code that has just arrived by text. Or they may say the ' +
      'refund can only go through if you buy gift cards and read them the numbers on the back.',
    'Each of these hands them your money. With remote access they can open your bank and move money while you watch ' +
      'a fake screen. A code lets them sign in to your accounts or approve a payment. Gift card numbers can be spent ' +
      'within minutes and are almost never returned.',
  ],
  variants: [
    {
      title: 'A different item or amount',
      description:
        'The order might be a laptop, a gift card, a TV or a games console. The amount changes too. ' +
        'In the UK it might be £599 or £799; in Australia or Canada it is in dollars. The trick is the same: a large order you did not make.',
    },
    {
      title: 'Your Prime membership is about to renew',
      description:
        'The message says your Prime membership will renew at a high price today, or that someone has signed up for Prime ' +
        'in your name. Press 1 to cancel. Pressing 1 puts you through to the same kind of fake agent.',
    },
    {
      title: 'A text or email instead of a call',
      description:
        'A text or email says an order is on its way or a payment has failed, with a phone number to call or a link to ' +
        '“cancel”. The number leads to a scammer and the link leads to a fake sign-in page.',
    },
    {
      title: 'The “refund” that came out too big',
      description:
        'The fake agent says they are sending you a refund, then says they sent far too much by mistake. They show you ' +
        'your bank page with extra money in it and beg you to send the difference back. The money was only moved between ' +
        'your own accounts, or the page was edited. Anything you “send back” is your own money.',
    },
  ],
  redFlags: [
    {
      flag: 'A recorded voice about an order, asking you to press 1',
      why: 'Amazon shows orders in your account. It does not ring you with a recording to ask you to press a key. Pressing 1 connects you to the scammer.',
    },
    {
      flag: 'They ask you to install an app such as AnyDesk or TeamViewer',
      why: 'These apps let someone see and control your screen. Amazon does not need to control your device to cancel an order. With this access, a scammer can reach your bank.',
    },
    {
      flag: 'They ask you to buy gift cards',
      why: 'No real company takes payment, refunds or “verification” in gift cards. Once you read out the numbers, the money is gone.',
    },
    {
      flag: 'They ask you to read out a code sent to your phone',
      why: 'That code is a key to one of your accounts or a payment. Whoever has it can sign in as you or approve a payment.',
    },
    {
      flag: 'They rush you and tell you not to hang up',
      why: 'Pressure stops you from checking. A real company will let you hang up and check your account yourself.',
    },
    {
      flag: 'They tell you to keep it secret, even from your bank',
      why: 'Scammers know your bank would stop them. Nobody honest asks you to lie to your bank.',
    },
  ],
  steps: [
    {
      step: 'Hang up. Do not press any key.',
      detail: 'If you already pressed 1 or called back, end the call now. You do not need to be polite.',
    },
    {
      step: 'Check your orders yourself.',
      detail:
        'Open the Amazon app, or type the Amazon website address into your browser. Look at your orders. ' +
        'Do not use any number or link from the call, text or email.',
    },
    {
      step: 'If you gave remote access, switch off the internet on that device.',
      detail:
        'Turn off Wi-Fi or unplug the cable. Uninstall the app they asked for. Then get the device checked, ' +
        'and change your passwords from a different device you trust.',
    },
    {
      step: 'If you paid, gave card details or read out a code, call your bank now.',
      detail:
        'Use the number on the back of your card. Tell them what happened. They may be able to stop a payment. ' +
        'In the UK you can also call 159 to reach many banks safely.',
    },
    {
      step: 'If you bought gift cards, contact the company that issued them straight away.',
      detail: 'Keep the cards and the receipts. Sometimes the money can be frozen if you act fast.',
    },
    {
      step: 'Change your Amazon password and turn on two-step verification.',
      detail: 'Do this if you gave any details, or if you are not sure. Use a password you do not use anywhere else.',
    },
    {
      step: 'Report it.',
      detail: 'Reporting helps stop the same people calling others. See where to report below.',
    },
  ],
  faq: [
    {
      question: 'How do I know if an order on my Amazon account is real?',
      answer:
        'Open the Amazon app or type the website address yourself and sign in. Look at your orders. If the order is ' +
        'not there, it does not exist. Do not trust any order details given to you on a call.',
    },
    {
      question: 'Does Amazon ever call customers?',
      answer:
        'Amazon can contact customers about an order, but it will not ask you to pay with gift cards, install an app ' +
        'to control your device, or read out a sign-in code. If a call asks for any of these, it is a scam. When in ' +
        'doubt, hang up and contact Amazon through the app or the website.',
    },
    {
      question: 'I pressed 1 but hung up before saying anything. Am I safe?',
      answer:
        'Probably. Pressing 1 tells the scammers your number works, so you may get more calls. Do not answer calls ' +
        'like this again. If you gave no details and installed nothing, you do not need to do anything else.',
    },
    {
      question: 'The caller knew my name and address. Does that mean it was really Amazon?',
      answer:
        'No. Names, addresses and phone numbers leak in data breaches and are sold. Knowing them does not prove ' +
        'who someone is.',
    },
    {
      question: 'I let them onto my computer. What should I do?',
      answer:
        'Disconnect it from the internet, uninstall the remote-access app and call your bank. From another device, ' +
        'change the passwords for your email, bank and Amazon. Have the computer checked before you use it for banking again.',
    },
    {
      question: 'Can I get my gift card money back?',
      answer:
        'Sometimes, if you act very fast. Contact the company that sold the gift card, tell them it was a scam and ' +
        'give them the card numbers. Then report it. Keep the receipts.',
    },
  ],
  channels: ['call', 'text', 'email'],
  kinds: ['amazon-impersonation', 'fake-charge'],
  brands: ['amazon'],
  relatedRules: [],
  relatedGuides: ['tech-support-scam', 'one-time-code-theft', 'bank-fraud-team-call', 'boss-gift-card-request'],
  seo: {
    metaTitle: 'Is that Amazon fraud prevention call a scam? | Redflags',
    metaDescription:
      'A recorded call says a $799 iPhone was ordered on your Amazon account. Press 1? No. What the scam is, how to check, and what to do if you took part.',
  },
  publishedAt: '2026-11-20T09:00:00.000Z',
};
