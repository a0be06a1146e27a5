// Building blocks that describe how a message acts (a link, a number, pressure, a request, a problem claimed).
// Not warnings on their own (`scored: false`); combinations join them with the topic words into strong signs.
import type { RuleInput } from '@redflags/schema';
import { unlessInTheApp } from './unless-in-the-app.js';

/** Defaults shared by every building block: never shown, never scored by itself. */
const block = { scored: false, severity: 'weak' } as const;

/** Follows "call us" or "call the" in safe advice: the number on your card, on the official website, one you trust. */
const NOT_A_TRUSTED_NUMBER = '(?! (?:us )?(?:(?:on|at|using) )?(?:the )?(?:phone )?number (?:on|printed|shown|from|at the back|listed|you know|you trust))';

export const buildingBlocks: RuleInput[] = [
  {
    ...block,
    id: 'has-link',
    sign: 'suspicious-link',
    title: 'Contains a link',
    explanation: 'The message contains a link. Most messages with links are harmless; a link matters when it comes with pressure or a request.',
    match: {
      links: ['any-link'],
      // Links that people (or the scammers) broke on purpose so that filters miss them: "site[.]com", "site .com", "site.c om".
      patterns: [
        { regex: '[a-z0-9-]\\[\\.\\][a-z]{2,10}', literal: '[.]' },
        ...['com', 'net', 'org', 'info'].map((ending) => ({ regex: `\\b[a-z0-9-]{3,40} \\.${ending}\\b`, literal: ` .${ending}` })),
        { regex: '\\b[a-z0-9-]{3,40}\\.c om\\b', literal: '.c om' },
        { regex: '(?:^|\\s)//@[a-z0-9-]{2,40}\\.[a-z]{2,10}/', literal: '//@' },
        { regex: '\\b[a-z0-9-]{3,40} dot (?:com|net|org|info)\\b', literal: ' dot ' },
        // A link blanked out by whoever reported the message ("click XXXX") was still a link.
        { regex: '\\b(?:visit|click|tap|at|here|link|via)\\W{0,3}xxxx', literal: 'xxxx' },
      ],
    },
    examples: {
      mustMatch: ['See the photos at https://example.com/album', 'Details here: www.parcel-update-help.com/go', 'Go to account-check[.]com to confirm',
        'Visit acct-review .com today'],
      mustNotMatch: ['See you at the cafe at 3', 'Your code is 123456. Never share this code.'],
    },
  },
  {
    ...block,
    id: 'suspicious-link',
    sign: 'suspicious-link',
    title: 'Contains a link with a warning sign of its own',
    explanation: 'The link imitates a brand, hides its destination, or goes somewhere other than the named company\'s website.',
    match: {
      combination: {
        anyOf: ['link-unofficial-domain-for-named-brand', 'link-brand-lookalike', 'link-brand-in-unrelated-domain', 'link-shortener',
          'link-ip-address', 'link-punycode', 'link-throwaway-domain-ending', 'link-high-abuse-domain-ending', 'link-to-form-or-site-builder'],
      },
    },
    examples: {
      mustMatch: ['Track it: https://bit.ly/3abc', 'USPS: see http://usps-track-help.com'],
      mustNotMatch: ['Track it at https://www.royalmail.com/track', 'See you at 5'],
    },
  },
  {
    ...block,
    id: 'unfamiliar-link',
    sign: 'suspicious-link',
    title: 'Contains a shortened, coded or unusual link',
    explanation: 'The link is shortened, ends in a random code, imitates a brand or goes to a cheap or unusual web address.',
    match: { combination: { anyOf: ['suspicious-link', 'link-with-coded-path'] } },
    examples: {
      mustMatch: ['Details: https://bit.ly/3abc', 'See https://parcel-help.top/x7k2m9'],
      mustNotMatch: ['See https://www.royalmail.com', 'See you at 5'],
    },
  },
  {
    ...block,
    id: 'has-phone-number',
    sign: 'call-its-number',
    title: 'Contains a phone number',
    explanation: 'The message gives a phone number to call or text. That matters when it comes with a claim about your money or account.',
    match: {
      phones: ['any-phone'],
      patterns: [
        // Numbers blanked out by whoever reported the message ("1-XXX-XXX-XXXX") are still numbers to call.
        { regex: '\\bx{3}[-. ]?x{3}[-. ]?x{4}\\b', literal: 'xxx' },
        // Numbers from countries the phone parser does not cover, given right after "call", "contact", "ph"…
        ...['ph ', 'phone', 'tel', 'call', 'contact', 'whatsapp', 'helpline', 'care'].map((cue) => ({
          regex: `\\b${cue}\\W{0,3}(?:on |at )?\\+?\\d[\\d -]{8,14}\\d\\b`,
          literal: cue,
        })),
      ],
    },
    examples: {
      mustMatch: ['Call us on +1 (415) 555-0134 today', 'Ring me back on +44 7700 900123', 'Office PH 9876543210'],
      mustNotMatch: ['Call me when you get home', 'Meeting moved to room 4'],
    },
  },
  {
    ...block,
    id: 'urgency-words',
    sign: 'pressure-to-act',
    title: 'Pressure to act fast',
    explanation: 'Scammers rush you so that you act before you think or check.',
    match: {
      phrases: [
        'urgent', 'urgently', 'immediately', 'as soon as possible', 'final notice', 'final reminder', 'last reminder',
        'final attempt', 'last chance', 'act now', 'expires today', 'do not delay', 'time sensitive', 'right away',
        'without delay', 'failure to', 'to avoid', 'avoid further', 'permanently', 'before it is too late', 'today only',
        'promptly', 'timely', 'deadline', 'left to claim', 'respond now', 'asap', 'hurry', 'action required', 'attention required',
        'expire', 'expires', 'expiring', 'limited time', 'last day', 'final warning', 'important notice', 'act fast', 'right now',
        'trying to reach you', 'courtesy call', 'trying to contact you', 'second notice', 'last notice', 'today only', 'by today',
        'before midnight', 'pay now', 'hours to pay', 'hours to respond', 'secure it now', 'secure your account now',
      ],
      patterns: [
        { regex: '\\bwithin (?:the next )?\\d{1,2} ?(?:hours|hrs|h|days)\\b', literal: 'within' },
        { regex: '\\b\\d{1,2} ?(?:hours|hrs|h) left\\b', literal: 'left' },
        { regex: '\\byou have \\d{1,2} ?(?:hours|hrs|h|days) to\\b', literal: 'you have' },
        { regex: '\\bbefore (?:\\d{1,2}[:/.]|today|tonight|midnight|the end of)', literal: 'before' },
      ],
    },
    examples: {
      mustMatch: ['Act now or lose access', 'Respond within 24 hours or your account closes'],
      mustNotMatch: ['No rush, reply whenever you can', 'The film starts at 8'],
    },
  },
  {
    ...block,
    id: 'account-problem-words',
    sign: 'account-problem',
    title: 'Says something is wrong with an account',
    explanation: 'Claims that an account is locked, suspended or misused are the usual opening of a fake alert.',
    match: {
      phrases: [
        'locked', 'suspended', 'suspension', 'blocked', 'restricted', 'on hold', 'disabled', 'deactivated', 'deactivation',
        'unusual activity', 'unusual activities', 'suspicious activity', 'suspicious operation', 'suspicious login',
        'unauthorized', 'unauthorised', 'security alert',
        'breach', 'compromised', 'limited access', 'been limited', 'terminated', 'closure', 'frozen', 'potential risk',
        'account alert', 'security feature', 'disconnection', 'has expired', 'have expired', 'storage is full', 'mailbox is full',
        'mailbox storage', 'password expires', 'password will expire', 'limitation', 'issue with your account', 'problem with your account',
        'unusual sign in', 'sign in attempt', 'security reasons', 'for your security', 'will expire', 'expires today', 'fraudulent activity',
        'been used in', 'outstanding balance', 'declined', 'be suspend', 'be block', 'be lock', 'be restrict', 'be disable',
        'be deactivate', 'be terminate', 'be close', 'suspend', 'deactivate', 'pan card', 'aadhaar', 'irregular activity', 'violation', 'violated',
        'policy violation', 'appeal', 'someone try', 'try to login', 'try to log in', 'try to access', 'tried to log in', 'tried to access', 'attempted to access', 'has been hacked',
        'was hacked', 'needs attention', 'will be closed', 'inactivity', 'been cancelled', 'been canceled', 'suspicious purchase',
        'suspicious transaction', 'suspicious charge', 'fraudulent', 'copyright', 'infringement', 'will be deleted', 'breached',
        'been breached', 'storage full', 'out of storage', 'verify your number', 'paused', 'temporarily unavailable', 'security issue',
        'security problem', 'issue with your', 'problem with your', 'not been paid', 'has not been paid', 
        'unrecognized device', 'unrecognised device', 'unknown device', 'someone has your password', 'someone tried', 'attempted login',
        'bloqueada', 'bloqueado', 'suspendida', 'suspendido', 'actividad inusual', 'requires attention', 'requires verification', 'verification needed',
        'due for verification', 'not confirmed', 'not verified', 'will be removed', 'will be banned', 'be banned', 'violated our',
        'our guidelines', 'community guidelines', 'security is at risk', 'account is at risk',
        'unknown location', 'quota', 'reached its limit', 'storage limit', 'incoming mail', 'incoming messages', 'pending messages',
        'undelivered messages', 'temporarily lock', 'be temporarily', 'have be', 'account lock', 'failed attempt', 'too many attempts',
        're-verified', 'needs to be verified', 'temporarily disabled', 'under review', 'been reported', 'reported for', 'will end today',
        'membership will end', 'membership has ended', 'will be cancelled', 'will be canceled', 'is expired', 'card expired', 'port your number',
        'incomplete', 'need to be confirmed', 'needs to be confirmed', 'need to be verified', 'must be confirmed', 'must be verified',
      ],
    },
    examples: {
      mustMatch: ['Your account is suspended', 'We noticed unusual activity on your card'],
      mustNotMatch: ['Your account is all set up, welcome!', 'The shop is closed on Sundays'],
    },
  },
  {
    ...block,
    id: 'verify-request-words',
    sign: 'asks-for-passwords-or-card',
    title: 'Asks you to verify, confirm or update something',
    explanation: 'Fake alerts ask you to "verify" or "update" details so that you type them into the scammer\'s page.',
    match: {
      phrases: [
        'verification required', 're-activate', 'validate', 'reconfirm', 're-confirm', 'click here', 'tap here', 'click the link',
        'follow the link', 'open the link', 'visit the link', 'click below', 'link below', 'remove hold', 'regain', 'to cancel', 'cancel request',
        'see how', 'tap to', 'click to', 'upgrade now', 'to keep your', 'keep your current', 'submit your', 'fill in your', 'enter your',
        'provide your', 'activate your', 'activate now', 'activate it', 'accept the transfer', 'accept the payment', 'release the funds',
        'update here', 'confirm delivery details', 'confirm the delivery', 'resolve now', 'resolve this', 'restart your',
        'reactivate your membership', 'renew your membership', 'sign up now', 'register now', 'confirm it is you', "confirm it's you",
        'confirm it was you', 'increase your storage', 'upgrade your', 'click', 'tap on', 're-verify', 'reverify', 'upload your',
        'complete your application', 'complete the application', 'update now', 'confirm now', 'confirming your', 'verifying your',
        'log in here', 'sign in here', 'fill in the missing', 'fill in the details', 'fill out the', 'send me your', 'send your details',
        'haga clic', 'verifique', 'confirme', 'ingrese', 'actualice',
      ],
      // The same requests count unless they send you to the company's app or a branch, as genuine alerts do.
      patterns: unlessInTheApp(
        'verify', 'verify now', 'verify it is you', 'confirm your', 'confirm your details', 'confirm the', 'confirm details', 'update your',
        'update your details', 'update your information', 'update your info', 'update your billing', 'update the', 'update details',
        'update billing', 'log in', 'please log in', 'login', 'login to', 'log on', 'sign in to', 'please sign in', 'change your password',
        'secure your account', 'unlock', 'restore', 'reactivate',
      ),
    },
    examples: {
      mustMatch: ['Please verify your identity', 'Click here to restore access', 'Update your payment details today'],
      mustNotMatch: ['I will check and let you know', 'Your order is on its way', 'You may want to update your payment details in the app'],
    },
  },
  {
    ...block,
    id: 'money-amount',
    sign: 'money-you-did-not-expect',
    title: 'Mentions an amount of money',
    explanation: 'The message names an amount of money.',
    match: {
      entities: ['money'],
      patterns: [
        { regex: '\\brs\\. ?\\d', literal: 'rs.' },
        { regex: '\\binr ?\\d', literal: 'inr' },
        { regex: '\\d ?rupees\\b', literal: 'rupees' },
        { regex: '\\bngn ?\\d', literal: 'ngn' },
        ...['usd', 'gbp', 'eur', 'aud', 'cad'].map((code) => ({ regex: `\\d ?${code}\\b`, literal: code })),
      ],
    },
    examples: {
      mustMatch: ['That will be $45.20 please', 'You owe £12'],
      mustNotMatch: ['Bring the blue folder', 'See you at 5'],
    },
  },
  {
    ...block,
    id: 'not-you-words',
    sign: 'activity-you-did-not-do',
    title: 'Asks "was this you?"',
    explanation: 'Fake alerts say "if this was not you" so that you rush to cancel something that never happened.',
    match: {
      phrases: [
        'if you did not', "if you didn't", 'if you did not make', 'if this was not you', "if this wasn't you",
        'not you?', 'if not you', 'did not authorize', "didn't authorize", 'did not authorise', 'not authorized by you',
        'not authorize by you', 'if it is not authorize', 'if you do not make', 'if you did not place', 'did you attempt',
        'did you purchase', 'did you make', 'if you do not recognise', 'if you do not recognize', 'if this is not you',
        'if you were not', 'was this you', 'if this be not you', 'if it be not you', 'if it was not you', 'if it wasn\'t you',
      ],
    },
    examples: {
      mustMatch: ['If you did not authorize this, act', 'Not you? Let us know'],
      mustNotMatch: ['Thanks for your payment', 'Did you enjoy the show?'],
    },
  },
  {
    ...block,
    id: 'call-us-words',
    sign: 'call-its-number',
    title: 'Tells you to call or press a key',
    explanation: 'The message pushes you to call a number it gives, or to press a key, instead of using a number you trust.',
    match: {
      phrases: [
        'call now', 'call back', 'call our', 'call support', 'call this number',
        'contact us', 'please contact', 'kindly contact', 'call immediately', 'call technical support', 'speak to',
        'speak with', 'call toll free', 'call for refund', 'to claim call', 'just call', 'call at', 'contact our',
        'helpline', 'call me back', 'contact microsoft', 'contact apple', 'contact support', 'contact technical',
        'contact a technician', 'contact our technicians', 'certified technician', 'call our toll free', 'call toll-free', 'call our customer',
        'customer care', 'contact customer service', 'call customer service',
      ],
      patterns: [
        // "Call the number on the back of your card" is the safe advice genuine messages give, not a number to ring.
        ...['call us', 'please call', 'call the'].map((phrase) => ({ regex: `\\b${phrase}\\b${NOT_A_TRUSTED_NUMBER}`, literal: phrase })),
        { regex: '\\bpress (?:\\d|one|two|nine)\\b', literal: 'press' },
        { regex: '\\bcall (?:us )?(?:on |at )?\\+?[\\d(][\\d ().-]{6,16}\\d', literal: 'call' },
      ],
    },
    examples: {
      mustMatch: ['Please call us right away', 'Press 1 to speak with an agent', 'Call the number below to stop the payment'],
      mustNotMatch: ['I will ring you later', 'The press release is out', 'If it was not you, call the number on the back of your card'],
    },
  },
  {
    ...block,
    id: 'reply-keyword',
    sign: 'call-its-number',
    title: 'Asks you to reply with a keyword',
    explanation: 'The message asks you to reply YES, Y, 1 or OK to go ahead.',
    match: {
      patterns: [
        { regex: '\\breply (?:with )?\\W?(?:yes|y|ok|1|start|claim|info)\\b', literal: 'reply' },
        ...['text', 'txt', 'sms'].map((verb) => ({ regex: `\\b${verb} \\W?(?:start|yes|join|job|info|claim|win)\\b`, literal: verb })),
      ],
    },
    examples: {
      mustMatch: ['Reply YES to start', 'reply 1 to claim'],
      mustNotMatch: ['Thanks for your reply', 'Reply STOP to opt out'],
    },
  },
  {
    ...block,
    id: 'masked-contact',
    sign: 'hidden-sender',
    title: 'A number or link blanked out with Xs',
    explanation: 'People often paste scam messages with the number or link replaced by Xs; the message still asks you to call or visit it.',
    match: {
      patterns: [
        { regex: '\\bx{3}[-. ]?x{3}[-. ]?x{4}\\b', literal: 'xxx' },
        { regex: '\\b(?:call|text|contact|visit|click|dial|verify|go to|log on|login|tap|at)\\b[^.!?\\n]{0,15}\\bxxxx', literal: 'xxxx' },
      ],
    },
    examples: {
      mustMatch: ['Call XXX-XXX-XXXX today', 'visit xxxxxxx to claim'],
      mustNotMatch: ['Hugs and kisses xx', 'Call me at 6'],
    },
  },
  {
    ...block,
    id: 'free-email-contact',
    sign: 'hidden-sender',
    title: 'Gives a free e-mail address to write to',
    explanation: 'The message asks you to write to a free web-mail address (Gmail, Outlook, Yahoo…). Companies and agencies write from their own domain.',
    match: {
      patterns: ['gmail', 'yahoo', 'outlook', 'hotmail', 'aol', 'protonmail', 'proton', 'icloud', 'gmx', 'yandex', 'mail'].map((provider) => ({
        regex: `[a-z0-9._-]@${provider}\\.[a-z]{2,4}\\b`,
        literal: `@${provider}.`,
      })),
    },
    examples: {
      mustMatch: ['Send your CV to hr.team.jobs@gmail.com', 'Reply to claims-office@outlook.com'],
      mustNotMatch: ['Email me at work', 'Send it to jo@redflags.example'],
    },
  },
  {
    ...block,
    id: 'gives-contact',
    sign: 'call-its-number',
    title: 'Gives a way to respond: a link, a number or a chat app',
    explanation: 'The message gives a link, a phone number or a chat-app contact to respond through.',
    match: {
      combination: { anyOf: ['has-link', 'has-phone-number', 'call-us-words', 'messaging-app-contact', 'reply-keyword', 'masked-contact', 'free-email-contact'] },
    },
    examples: {
      mustMatch: ['See https://example.com/x', 'Call us on +1 212 555 0199'],
      mustNotMatch: ['See you soon', 'Thanks for dinner'],
    },
  },
];
