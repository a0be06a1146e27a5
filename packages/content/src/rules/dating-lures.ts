// Dating and "let's meet" lures from strangers: a friend request, photos, a date or a chat, behind a link.
// The link leads to paid chat sites, sign-up pages that take a card, or a romance scam.
import type { RuleInput } from '@redflags/schema';

const guides = ['romance-scam'];
const kinds = ['romance'];

/** After "it's", the everyday words ("it's fine.", "it's late!") rather than a name. */
const NOT_AN_EVERYDAY_WORD =
  '(?!(?:ok|okay|fine|me|us|done|late|early|time|here|there|true|not|so|too|all|just|good|great|cool|nice|raining|cold|hot|warm|open|closed|on|off|over|free|busy|gone|mine|yours|ready|broken|raining|snowing|sunny|lovely|perfect|fun|real|urgent|important)\\b)';

export const datingLureRules: RuleInput[] = [
  {
    scored: false,
    severity: 'weak',
    id: 'dating-lure-words',
    sign: 'stranger-friendly-chat',
    title: 'Offers a date, a flirt, photos or a friend request',
    explanation: 'The message talks about a friend request, dating, flirting, private photos or someone near you who wants to meet.',
    guides,
    match: {
      phrases: ['friend request', 'buddy request', 'fbuddy', 'inviting you', 'invited you', 'her invite', 'his invite', 'intimate', 'sexy',
        'webcam', 'web cam', 'my pics', 'pics gallery', 'private photos', 'private pics', 'her pics', 'her photos',
        'secret admirer', 'fancies you', 'crush on you', 'wants to meet you', 'want to meet you', 'live close', 'live near', 'lives near',
        'singles near you', 'girls near you', 'women near you', 'men near you', 'someone nearby', 'people nearby', 'in your area', 'lonely', 'flirt', 'naughty', 'hook up', 'hookup', 'horny', 'singles', 'dating site',
        'dating profile',
        'find a date', 'looking for fun', 'meet someone', 'someone special', 'hot girls', 'hot guys', 'local girls', 'local women',
        'is hoping for', 'check me out', 'in your town', 'sex', 'meet singles', 'date tonight'],
    },
    examples: {
      mustMatch: ['Anna sent you a friend request', 'Lonely tonight? Singles near you want to chat'],
      mustNotMatch: ['The meeting is near the station', 'I sent you the photos from the trip', 'Here are my photos from Spain, come and see me soon'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'meet-invite-words',
    sign: 'stranger-friendly-chat',
    title: 'Invites you to meet, chat or make plans',
    explanation: 'The message asks about your plans or invites you for a drink, a meal or a chat.',
    guides,
    match: {
      phrases: ["let's meet", 'lets meet', 'meet up', 'grab a drink', 'grab a bite', 'for a drink', 'for drinks', 'bite or drinks', 'any plans',
        'plans for today', 'plans for tonight', 'plans for tomorrow', 'plans tonight', 'plans after work', 'up to tonight', 'wish to meet',
        'want to meet', 'wanna meet', 'want to chat', 'wanna chat', 'if you want to chat', "let's chat", 'lets chat', "let's talk", 'chat with me',
        "i'll be here", 'ill be here', 'i will be here', 'if not, message me', 'if not, email me', 'meet at the bar', 'meet tonight',
        'tonite', 'come and see me', 'come see me'],
    },
    examples: {
      mustMatch: ['Any plans tonight? Let\'s grab a drink', 'If you want to chat, I\'ll be here'],
      mustNotMatch: ['The plan is finished, see attached', 'Drink plenty of water'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'reply-with-name-words',
    sign: 'stranger-friendly-chat',
    title: 'Asks you to reply with your name and age',
    explanation: 'The message asks you to text back your name, age or where you live.',
    guides,
    match: { phrases: ['reply with name', 'reply with your name', 'name & age', 'name and age', 'your name and age', 'reply with your age', 'send your age'] },
    examples: { mustMatch: ['Reply with name & age', 'Send your name and age'], mustNotMatch: ['What is your name?', 'Reply when you can'] },
  },
  {
    id: 'dating-lure-with-link',
    sign: 'stranger-friendly-chat',
    title: 'A stranger\'s friend request, date or photos behind a link or a paid reply',
    explanation:
      'The message says someone sent you a friend request, wants to meet or has photos for you, and gives a link, a premium-rate number or a code word to text back. These lead to paid chat services, sign-up pages that take your card details, or the start of a romance scam. Do not open the link or reply. Real friend requests show up inside the app itself.',
    severity: 'moderate',
    kinds,
    guides,
    match: {
      combination: {
        allOf: ['dating-lure-words'],
        anyOf: ['has-link', 'premium-number', 'masked-contact', 'keyword-to-short-code', 'premium-charge-words', 'reply-with-name-words'],
      },
    },
    examples: {
      mustMatch: ['Maya sent you a friend request. See her photos: https://frnd-pics.com/m', 'Singles in your area want to meet you! Join https://meet-local.top'],
      mustNotMatch: ['Sent you my photos from the wedding', 'Dinner near you at 8? Map: https://maps.example.com/place'],
    },
  },
  {
    id: 'dating-lure-unfamiliar-link',
    sign: 'stranger-friendly-chat',
    title: 'A friend request, date or photos behind a shortened or odd link',
    explanation:
      'A message about a friend request, a date or private photos sends you to a shortened link, a link ending in a random code, or a cheap kind of web address. That is how dating-spam and adult-site scams are sent to thousands of numbers at once. Do not open it.',
    severity: 'strong',
    kinds,
    guides,
    match: { combination: { allOf: ['dating-lure-words', 'unfamiliar-link'] } },
    examples: {
      mustMatch: ['Hot singles near you tonight: http://meetnow.top/x', 'Jess is inviting you to see her pics: http://jsspics.com/a8k2Lx9'],
      mustNotMatch: ['Jess sent the photos from the party: https://photos.example.com/album', 'Are you lonely at home? Call me later'],
    },
  },
  {
    id: 'stranger-meet-invite-with-link',
    sign: 'stranger-friendly-chat',
    title: 'An invitation to meet or chat that sends you to an odd link',
    explanation:
      'Someone asks about your plans or invites you for a drink or a chat, and sends you to a shortened link or one ending in a random code instead of just replying. Friends reply in the chat; mass dating-spam texts point to a link. If you do not know the sender, do not open it.',
    severity: 'moderate',
    kinds,
    guides,
    match: { combination: { allOf: ['meet-invite-words', 'unfamiliar-link'] } },
    examples: {
      mustMatch: ['Hi, any plans for tonight? Let\'s grab a drink, I\'ll be here: http://bar-meet.com/K7x2pLq', 'Want to chat? Message me here: bit.ly/3chatme'],
      mustNotMatch: ['Any plans tonight? The menu is here: https://www.example-cafe.co.uk/menu', 'Let\'s grab a drink after work'],
    },
  },
  {
    id: 'stranger-named-meet-invite-with-link',
    sign: 'stranger-friendly-chat',
    title: 'Someone gives a name, invites you out and sends an odd link',
    explanation:
      'The sender gives a first name ("it\'s Kate", "Lena here"), invites you for a drink, a chat or a date, and points to a shortened or coded link. Dating-spam texts are written like this to look personal. If you do not know the sender, do not open the link or reply.',
    severity: 'strong',
    kinds,
    guides,
    match: {
      patterns: [
        ...["it's", 'its', 'this is'].map((opener) => ({ regex: `\\b${opener} ${NOT_AN_EVERYDAY_WORD}[a-z]{2,15}[!,.]`, literal: `${opener} ` })),
        { regex: '^(?:(?:hi|hello|hey)(?: there| baby| honey| dear)?\\W{1,3})?[a-z]{2,15} here\\b', literal: ' here' },
        { regex: '[.!?,] [a-z]{2,15} here\\b', literal: ' here' },
        { regex: '\\bbtw (?:it ?is|its) [a-z]{2,15}\\b', literal: 'btw' },
      ],
      combination: { allOf: ['unfamiliar-link'], anyOf: ['meet-invite-words', 'dating-lure-words', 'affection-words'] },
    },
    examples: {
      mustMatch: ['Hello honey, Maria here. Any plans for today? Message me: http://mrmeet.com/Q2kZ8pL', 'It\'s Kate! Let\'s grab a drink, I\'ll be here: bit.ly/3katex'],
      mustNotMatch: ['It\'s Tom. Running late, see you at 8', 'Tom here. Photos: https://photos.example.com/trip'],
    },
  },
];
