// Romance scams: an online relationship with someone who never meets you and ends up asking for money.
import type { GuideSeed } from '../types.js';

export const romanceScam: GuideSeed = {
  slug: 'romance-scam',
  title: 'Is the person I met online a romance scammer?',
  shortAnswer:
    'Has someone you know only online asked you for money, gift cards or cryptocurrency, or to invest with them? If you ' +
    'have never met them in person or seen them on a live video call, treat it as a scam. Romance scammers spend weeks or months building trust ' +
    'before they ask. Do not send money. Talk to someone you trust about it, and stop contact if they keep asking.',
  scenario: [
    'You meet someone on a dating app, on social media or in a game. Sometimes it starts with a “wrong number” text. ' +
      'They are kind, attentive and interested in you. Their photos look great. They soon want to move the chat to ' +
      'WhatsApp, Telegram or another private app.',
    'They talk to you every day and say they have strong feelings very quickly. They work somewhere far away, such as ' +
      'on an oil rig, in the military, on a ship or as a doctor abroad, so they cannot meet. When a video call is planned, ' +
      'the camera is broken or the signal is bad.',
    'Then something goes wrong. They need money for a flight to see you, for a medical bill, for customs fees on a ' +
      'parcel, or to free up their own money that is stuck. Or they offer to show you how they make money trading ' +
      'cryptocurrency. Each time you send money, a new problem comes up.',
  ],
  variants: [
    {
      title: 'The investment romance',
      description:
        'The new friend never asks for money directly. Instead, they show you their profits on a trading app and help you ' +
        'invest. The app is fake. You can see your balance grow, but you cannot withdraw it without paying more fees.',
    },
    {
      title: 'A parcel or gift held at customs',
      description:
        'They say they have sent you a valuable gift, and a “delivery company” then asks you to pay customs or release fees.',
    },
    {
      title: 'Threats with private photos',
      description:
        'After you share private photos or video, the person threatens to send them to your friends and family unless you ' +
        'pay. Do not pay. Stop contact, keep the evidence and report it. This is a crime, and it is not your fault.',
    },
    {
      title: 'Asking you to receive or move money',
      description:
        'They ask you to accept money into your account and send it on, or to open accounts for them. This can make you ' +
        'part of money laundering without you knowing.',
    },
  ],
  redFlags: [
    {
      flag: 'You have never met or had a live video call',
      why: 'Scammers use stolen photos. They avoid live video because it would show they are not who they say.',
    },
    {
      flag: 'Strong feelings very fast',
      why: 'Quick declarations of love build trust and make it harder for you to say no later.',
    },
    {
      flag: 'They ask for money, gift cards or cryptocurrency',
      why: 'However good the reason sounds, being asked for money by someone you have never met is the clearest sign of a romance scam.',
    },
    {
      flag: 'They want to teach you to invest',
      why: 'Fake trading platforms are a common ending. The profits you see are numbers on a screen.',
    },
    {
      flag: 'They ask you to keep the relationship secret',
      why: 'Friends and family often spot the scam. Secrecy keeps them out of the way.',
    },
  ],
  steps: [
    { step: 'Do not send money, gift cards or crypto, and do not invest on their advice.' },
    {
      step: 'Talk to someone you trust.',
      detail: 'Tell a friend or family member what has happened. A second view helps, and there is no shame in asking.',
    },
    {
      step: 'Check their photos.',
      detail:
        'Use a reverse image search on their photos. If the pictures belong to someone else, or appear under other names, ' +
        'it is a scam.',
    },
    {
      step: 'If you sent money, contact your bank or the service you used now.',
      detail: 'Tell them it was a scam. Keep all messages, photos and payment records.',
    },
    {
      step: 'Stop contact and report the profile.',
      detail: 'Block them and report the profile to the dating site, app or social network. Then report it as shown below.',
    },
  ],
  faq: [
    {
      question: 'How can I tell if they are real?',
      answer:
        'Ask for a live video call, and suggest meeting in a public place. Search their photos online. Someone real will ' +
        'not ask you for money before you have met.',
    },
    {
      question: 'I really care about them. What if they are genuine?',
      answer:
        'Your feelings are real, and that is what the scammer uses. If someone you have never met asks for money, do not ' +
        'send it, whatever the reason. A genuine person will understand.',
    },
    {
      question: 'I sent money. Can I get it back?',
      answer:
        'Contact your bank or the payment service at once. Sometimes payments can be stopped. Be careful of anyone who ' +
        'offers to recover your money for a fee: that is often the same scammers again.',
    },
    {
      question: 'Someone is threatening to share my private photos. What do I do?',
      answer:
        'Do not pay, and stop replying. Keep the messages as evidence. Report it to the police and to the app. Paying ' +
        'usually leads to more demands.',
    },
    {
      question: 'Is it my fault?',
      answer:
        'No. Romance scammers are skilled criminals who work in teams. Anyone can be targeted. Reporting it helps protect others.',
    },
  ],
  channels: ['social', 'text', 'email', 'web'],
  kinds: ['romance'],
  brands: [],
  relatedRules: [],
  relatedGuides: ['investment-crypto-scam', 'job-task-scam', 'hi-mum-family-emergency'],
  seo: {
    metaTitle: 'Is the person I met online a romance scammer? | Redflags',
    metaDescription:
      'Someone you have never met asks for money, gift cards or to invest together. The warning signs of a romance scam and what to do.',
  },
  publishedAt: '2026-11-22T09:00:00.000Z',
};
