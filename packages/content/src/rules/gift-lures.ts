// "Thank you for paying on time, here is a little present": a made-up reward for a payment, behind a link.
import type { RuleInput } from '@redflags/schema';

const guides = ['prize-lottery-win'];
const kinds = ['prize', 'phishing'];

export const giftLureRules: RuleInput[] = [
  {
    scored: false,
    severity: 'weak',
    id: 'payment-thanks-words',
    sign: 'money-you-did-not-expect',
    title: 'Thanks you for a payment or for being a customer',
    explanation: 'The message thanks you for a payment, for paying on time or for being a loyal customer.',
    guides,
    match: {
      phrases: [
        'thank you for paying',
        'thanks for paying',
        'paying on time',
        'paid on time',
        'payment record',
        'for your payment',
        'payment was received',
        'payment is received',
        'payment has been received',
        'payment received',
        'payment for',
        'was paid',
        'has been paid',
        'invoice',
        'your bill',
        'loyal customer',
        'loyalty',
        'gratitude',
        'as thanks',
        'to thank you',
        'as a thank you',
        'appreciation',
        'valued customer',
      ],
    },
    examples: {
      mustMatch: ['Thank you for paying on time', 'Your payment was received'],
      mustNotMatch: ['Thanks for dinner', 'Pay me back later'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'gift-for-you-words',
    sign: 'money-you-did-not-expect',
    title: 'Offers you a present, gift or reward',
    explanation:
      'The message says a present, gift, reward or surprise is there for you: "a gift for you", "here is a reward", "you have earned a present".',
    guides,
    match: {
      phrases: ['a little something for you', 'token of our appreciation', 'token of appreciation'],
      // The gift is offered to you; "your reward points balance" or "gift cards on sale" is not.
      patterns: ['present', 'gift', 'reward', 'surprise'].flatMap((gift) => [
        { regex: `\\b${gift}\\b[^.!?\\n]{0,25}\\bfor (?:you|u)\\b`, literal: gift },
        {
          regex: `\\b(?:here(?:'s| is)|this is|enjoy|accept|open|collect) (?:a |an |our |your )?[a-z' ]{0,25}\\b${gift}\\b`,
          literal: gift,
        },
        { regex: `\\b(?:you've|you have) earned\\b[^.!?\\n]{0,30}\\b${gift}\\b`, literal: gift },
      ]),
    },
    examples: {
      mustMatch: ['A present for you', "You have earned this year's reward", 'Here is a small gift'],
      mustNotMatch: ['See you at 5', 'Your bill is ready for you', 'Your reward points balance is in the app'],
    },
  },
  {
    id: 'payment-thanks-gift-link',
    sign: 'money-you-did-not-expect',
    title: '"Thanks for your payment, here is a present" with a link',
    explanation:
      'The message thanks you for a payment or for paying on time and offers a present, gift or reward through a link. Companies do not send surprise presents by text link. The page asks for card details to pay for "shipping" or signs you up to a costly subscription. Do not open it.',
    severity: 'moderate',
    kinds,
    guides,
    match: { combination: { allOf: ['payment-thanks-words', 'gift-for-you-words', 'has-link'] } },
    examples: {
      mustMatch: [
        'Your payment for June was received, thank you! Here is a small present for you: https://gift-now.com/a',
        'Thanks for paying on time. Enjoy a reward: https://bit.ly/3rwrd',
      ],
      mustNotMatch: [
        'Thanks for your payment. Your receipt is at https://www.example-energy.co.uk/account',
        'Thanks for the present! Photos: https://photos.example.com/p',
      ],
    },
  },
  {
    id: 'payment-thanks-gift-odd-link',
    sign: 'money-you-did-not-expect',
    title: '"Thanks for your payment, here is a present" with a shortened or odd link',
    explanation:
      'The message thanks you for a payment and offers a present or reward through a shortened link, a link ending in a random code or a cheap web address. This is a mass scam text; the page steals card details. Do not open it.',
    severity: 'strong',
    kinds,
    guides,
    match: { combination: { allOf: ['payment-thanks-words', 'gift-for-you-words', 'unfamiliar-link'] } },
    examples: {
      mustMatch: [
        'Your invoice for May was paid. Thanks! Here is our tiny present for you: https://gft-x.top/r',
        'Thank you for paying on time, a reward for you: bit.ly/3gftt',
      ],
      mustNotMatch: [
        'Thanks for paying on time. Manage your account at https://www.example-water.com/account',
        'Your invoice is paid, thank you.',
      ],
    },
  },
];
