// Premium-rate and mobile-offer texts: prize, "secret admirer", chat, ringtone and phone-deal offers that charge per
// message or per minute (UK 09 and 087 numbers, "150p/msg", "text WIN to 8xxxx"). Their small print is the tell.
import type { RuleInput } from '@redflags/schema';

const guides = ['prize-lottery-win'];
const kinds = ['prize', 'subscription-trap'];

export const premiumRateRules: RuleInput[] = [
  {
    scored: false,
    severity: 'weak',
    id: 'premium-charge-words',
    sign: 'premium-charges',
    title: 'States a charge per message, per minute or per week',
    explanation: 'The message gives the price of each text, minute or week, the small print of premium-rate services.',
    guides,
    match: {
      phrases: [
        'per msg',
        'per message',
        'msg rcvd',
        'msgrcvd',
        'msgs rcvd',
        'per msg rcvd',
        'callcost',
        'call cost',
        'calls cost',
        'mobiles vary',
        'mobilesvary',
        'network operator charges',
        'from a landline',
        'from landline',
      ],
      patterns: [
        // "150p/msg", "1.50 per msg", "60p/min", "150ppm", "£3/wk", "25p per text"
        ...['msg', 'min', 'txt', 'text', 'sms', 'minute', 'message'].map((unit) => ({
          regex: `\\b\\d{1,3}(?:\\.\\d{1,2})?p? ?(?:/ ?|per )${unit}\\b`,
          literal: unit,
        })),
        { regex: '\\b\\d{2,3} ?ppm\\b', literal: 'ppm' },
        ...['/wk', '/week', 'per wk', 'per week'].map((unit) => ({ regex: `[£$€]\\d{1,2}(?:\\.\\d{2})? ?${unit}\\b`, literal: unit })),
        { regex: '\\b\\d{1,3}p per (?:week|day)\\b', literal: 'p per' },
      ],
    },
    examples: {
      mustMatch: ['Texts cost 150p/msg', 'Calls 60p per min from a landline', 'Subscription £3/wk'],
      mustNotMatch: ['Meet at 5pm on the corner', 'Send me a msg when you land'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'premium-number',
    sign: 'premium-charges',
    title: 'Gives a premium-rate or personal-numbering phone number',
    explanation:
      'The message gives a premium-rate number (UK 09 or 0871–0873) or a personal number (UK 070), which can cost far more than a normal call.',
    guides,
    match: {
      phones: ['premium-rate'],
      patterns: ['090', '091', '098', '0871', '0872', '0873', '070'].map((prefix) => ({
        regex: `\\b${prefix}\\d{0,2}[ -]?\\d{3}[ -]?\\d{3,4}\\b`,
        literal: prefix,
      })),
    },
    examples: {
      mustMatch: ['Call 09061 234 567', 'Ring 0871 234 5678 now', 'Missed call from 07012 345678'],
      mustNotMatch: ['Call me on 07700 900123', 'Our office is on 020 7946 0123'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'premium-lure-words',
    sign: 'premium-charges',
    title: 'Offers a prize, a secret admirer, a chat or content',
    explanation: 'The message teases a prize, someone who likes you, a chat, a voicemail or content waiting for you.',
    guides,
    match: {
      phrases: [
        'secret admirer',
        'fancies you',
        'crush on you',
        'thinks you are special',
        'all will be revealed',
        'find out who',
        'guess who',
        'someone you know',
        'dating service',
        'fantasies',
        'fantasy',
        'new voicemail',
        'voicemail waiting',
        'voice message',
        'missed call',
        'left no message',
        'ringtone',
        'ringtones',
        'wallpaper',
        'video phone',
        'videophone',
        'line rental',
        'free minutes',
        'free texts',
        'free text messages',
        'holiday voucher',
        'shopping spree',
        'city break',
        'cinema pass',
        'call now',
        'claim code',
        'free entry',
        'to claim',
        'quiz',
      ],
    },
    examples: {
      mustMatch: ['You have a secret admirer', 'Your shopping spree is waiting'],
      mustNotMatch: ['See you at the cinema', 'The quiet carriage was full'],
    },
  },
  {
    id: 'premium-charge-offer',
    sign: 'premium-charges',
    title: 'An offer that charges you for every text or minute',
    explanation:
      'The message offers a prize, chat, ringtones or "free" texts and, in the small print, charges per message, per minute or per week. These services bill your phone for every text they send you and are hard to stop. Do not reply or call. Text STOP only to a number you recognise, and ask your mobile provider to block premium-rate charges.',
    severity: 'strong',
    kinds,
    guides,
    match: {
      combination: {
        allOf: ['premium-charge-words'],
        anyOf: [
          'premium-lure-words',
          'prize-words',
          'premium-number',
          'reply-keyword',
          'keyword-to-short-code',
          'free-gift-no-catch',
          'dating-lure-words',
          'phone-deal-words',
        ],
      },
    },
    examples: {
      mustMatch: [
        'Win a weekend away! Text GO to 80123. 150p/msg, 18+ only',
        'Someone fancies you! Call 09058 123 456 to find out who. 60p/min',
      ],
      mustNotMatch: ['Your bill: calls cost you 3p per min this month, see the app for details', 'Send me a msg when you land'],
    },
  },
  {
    id: 'premium-number-lure',
    sign: 'premium-charges',
    title: 'Asks you to call a premium-rate number to claim or find out something',
    explanation:
      'The message teases a prize, a voicemail, a missed call or someone who likes you, and gives a premium-rate number to call. Calls to these numbers cost a lot per minute, and the caller earns from every minute you stay on the line. Do not call; genuine companies do not hide good news behind a premium-rate line.',
    severity: 'strong',
    kinds,
    guides,
    match: {
      combination: {
        allOf: ['premium-number'],
        anyOf: ['premium-lure-words', 'prize-words', 'free-gift-no-catch', 'dating-lure-words', 'urgency-words', 'premium-charge-words'],
      },
    },
    examples: {
      mustMatch: ['You have 1 new voicemail. Please call 09012 345 678', 'URGENT! Claim your holiday voucher now on 0871 234 5678'],
      mustNotMatch: [
        'For questions about your order, contact Customer Services on 0845 123 4567',
        'Call me on 07700 900123 about dinner',
        'Download your statement in the app, or call us on 0845 123 4567',
      ],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'keyword-to-short-code',
    sign: 'call-its-number',
    title: 'Asks you to text a word to a short number',
    explanation: 'The message asks you to text a code word to a five-digit number, the way paid text services sign you up.',
    guides,
    match: {
      // "Text WIN to 80086", "send GO to 83600"; opting out ("text STOP to …") is not a sign up.
      patterns: ['send', 'text', 'txt', 'reply'].map((verb) => ({
        regex: `\\b${verb} (?!(?:stop|end|help|unsub|unsubscribe|optout|cancel|quit|no)\\b)[a-z0-9]{2,12} to \\d{5}\\b`,
        literal: verb,
      })),
    },
    examples: {
      mustMatch: ['Text WIN to 80086 now', 'Send GO to 83600'],
      mustNotMatch: ['Text STOP to 80086 to opt out', 'Send it to me by 5'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'phone-deal-words',
    sign: 'unasked-for-offer',
    title: 'Offers a new phone, free minutes or free texts',
    explanation: 'The message offers a new phone, free minutes, free texts or cheap line rental.',
    guides,
    match: {
      phrases: [
        'video phone',
        'videophone',
        'video handset',
        'camera phone',
        'camcorder',
        'line rental',
        'free minutes',
        'free mins',
        'double mins',
        'free texts',
        'free txts',
        'free text messages',
        'unlimited text',
        'unlimited texts',
        'anytime any network',
        'any network mins',
        'any time any network',
        'free bluetooth',
        'latest nokia',
        'latest motorola',
        'mobile upgrade',
        'upgrade your phone',
        'upgrade your mobile',
        'free phone upgrade',
        'new mobile phone',
        'half price line rental',
        'texts 2 use',
        'free ringtone',
        'free ringtones',
      ],
    },
    examples: {
      mustMatch: ['Get a new video phone with free minutes', 'Half price line rental for 12 months'],
      mustNotMatch: ['My phone is old, I need an upgrade', 'Text me when you are free'],
    },
  },
  {
    id: 'unsolicited-phone-deal',
    sign: 'unasked-for-offer',
    title: 'Unexpected phone, free-minutes or free-texts offer with a number, code word or link',
    explanation:
      'The message offers a new phone, free minutes or free texts and asks you to call, text a code word or open a link. Offers like this, sent to random numbers, sign you up to paid services or collect your details. If you want a new deal, go to your own mobile provider.',
    severity: 'moderate',
    kinds: ['subscription-trap'],
    guides,
    match: {
      combination: {
        allOf: ['phone-deal-words'],
        anyOf: ['has-phone-number', 'call-us-words', 'reply-keyword', 'keyword-to-short-code', 'premium-charge-words', 'has-link'],
      },
    },
    examples: {
      mustMatch: [
        'Fancy a new video phone with 500 free minutes? Call free now on 0800 123 4567',
        'FREE texts for a month: text GO to 80123',
      ],
      mustNotMatch: ['Your free minutes reset on the 1st, see the app for details', 'Can you call me about the phone deal at work?'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'mobile-content-words',
    sign: 'premium-charges',
    title: 'Talks about paid content sent to your phone',
    explanation: 'The message talks about content, a download or a service message sent to your phone for a charge.',
    guides,
    match: {
      phrases: [
        'mobile content',
        'content order',
        'your content',
        'ur content',
        'download ur',
        'download your content',
        'collect your content',
        'service msg',
        'service message',
        'wap push',
        'mobile internet',
      ],
      patterns: [{ regex: '\\bwap\\. ?[a-z0-9-]{2,20}\\.', literal: 'wap.' }],
    },
    examples: {
      mustMatch: ['Download your content now', 'Go to wap.tones.tv'],
      mustNotMatch: ['The content of the report', 'Table of contents'],
    },
  },
  {
    id: 'mobile-content-charge',
    sign: 'premium-charges',
    title: 'Says you ordered or paid for phone content you do not remember',
    explanation:
      'The message says you ordered or already paid for ringtones, games or "content" and tells you to download or collect it through a link. These texts come from paid subscription services that bill your phone bill each week. Do not open the link; check your bill and ask your mobile provider to stop premium charges.',
    severity: 'moderate',
    kinds: ['subscription-trap'],
    guides,
    match: {
      combination: {
        allOf: ['mobile-content-words'],
        anyOf: ['has-link', 'points-to-a-link', 'charge-words', 'premium-charge-words', 'premium-number'],
      },
    },
    examples: {
      mustMatch: [
        'You have not downloaded the content you paid for. Go to http://tones-now.tv to collect your content',
        'Your content order has been sent again. Queries: 0871 234 5678',
      ],
      mustNotMatch: ['The content of the report is on the shared drive', 'Your content is saved in the app'],
    },
  },
];
