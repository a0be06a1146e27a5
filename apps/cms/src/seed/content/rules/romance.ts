// Romance and "wrong number" openers from strangers, beyond the fixed phrases in personal.ts: a stranger
// introducing themselves, asking to be friends, affectionate talk, and the money trouble that follows.
import type { RuleInput } from '@redflags/schema';

const guides = ['romance-scam'];

export const romanceRules: RuleInput[] = [
  {
    scored: false,
    severity: 'weak',
    id: 'stranger-introduces-self',
    title: 'Someone introduces themselves out of the blue',
    explanation: 'The sender introduces themselves by name or says how they found you.',
    guides,
    match: {
      phrases: ['my name is', 'hope you don\'t mind me', 'hope you dont mind me', 'found you on', 'found your number', 'came across your',
        'noticed you', 'introduce myself',
        'let me introduce', 'i got your contact', 'your number was', 'saved your number', 'saved the wrong number', 'wrong person'],
      patterns: [
        { regex: "\\b(?:i'?m|i am) [a-z]{2,15},? (?:a|an) [a-z]{3,20} from\\b", literal: 'from' },
        { regex: "\\b(?:i'?m|i am) (?!(?:calling|writing|texting|messaging|contacting|away|back|home)\\b)[a-z]{2,15} from [a-z]{3,20}\\b", literal: 'from' },
        { regex: "^(?:(?:hi|hello|hey) )?[a-z]{2,15}\\W{1,3}i'm (?!(?:running|late|home|here|at|on|in|going|coming|so|not|sorry|just|still|back|free|busy|off|out|done|ok|okay|fine|good|outside|almost|about|sure|the|a|an|very|really|gonna|leaving|waiting|having|looking|trying|getting|heading|stuck|bored|tired|sick|me|glad|happy|calling|writing|texting|afraid|with|from|your|you|also|now|over|up|there|doing|well|great|alright|new|ready|sending)\\b)[a-z]{2,15}\\b", literal: "i'm" },
        { regex: '^(?:(?:hi|hello|hey) )?[a-z]{2,15}\\W{1,3}this is (?!(?:running|late|home|here|at|on|in|going|coming|so|not|sorry|just|still|back|free|busy|off|out|done|ok|okay|fine|good|outside|almost|about|sure|the|a|an|very|really|gonna|leaving|waiting|having|looking|trying|getting|heading|stuck|bored|tired|sick|me|glad|happy|calling|writing|texting|afraid|with|from|your|you|also|now|over|up|there|doing|well|great|alright|new|ready|sending)\\b)[a-z]{2,15}\\W', literal: 'this is' },
        { regex: "(?:^|[.!?,] )i'm (?!(?:running|late|home|here|at|on|in|going|coming|so|not|sorry|just|still|back|free|busy|off|out|done|ok|okay|fine|good|outside|almost|about|sure|the|a|an|very|really|gonna|leaving|waiting|having|looking|trying|getting|heading|stuck|bored|tired|sick|me|glad|happy|calling|writing|texting|afraid|with|from|your|you|also|now|over|up|there|doing|well|great|alright|new|ready|sending)\\b)[a-z]{2,15}[,.!]", literal: "i'm" },
        { regex: '(?:^|[.!?,] )i am (?!(?:running|late|home|here|at|on|in|going|coming|so|not|sorry|just|still|back|free|busy|off|out|done|ok|okay|fine|good|outside|almost|about|sure|the|a|an|very|really|gonna|leaving|waiting|having|looking|trying|getting|heading|stuck|bored|tired|sick|me|glad|happy|calling|writing|texting|afraid|with|from|your|you|also|now|over|up|there|doing|well|great|alright|new|ready|sending)\\b)[a-z]{2,15}[,.!]', literal: 'i am' },
        { regex: "(?:^|[.!?] )i'm (?!(?:home|here|fine|good|okay|done|back|ready|sorry|late|outside|free|busy|tired|coming|going|sure|there|in|out|on)\\b)[a-z]{3,15}[.!]?\\s*$", literal: "i'm" },
        { regex: '(?:^|[.!?] )i am (?!(?:home|here|fine|good|okay|done|back|ready|sorry|late|outside|free|busy|tired|coming|going|sure|there|in|out|on)\\b)[a-z]{3,15}[.!]?\\s*$', literal: 'i am' },
        { regex: '(?:^|[.!?] )this is (?!(?:home|here|fine|good|okay|done|back|ready|sorry|late|outside|free|busy|tired|coming|going|sure|there|in|out|on)\\b)[a-z]{3,15}[.!]?\\s*$', literal: 'this is' },
      ],
    },
    examples: {
      mustMatch: ['Hi, my name is Rose and I found your number in my phone', 'Hello, I am Mark from Norway'],
      mustNotMatch: ['Hi mum, I am home', 'Thanks, see you tomorrow'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'friendship-request-words',
    title: 'Asks to be friends or to keep chatting',
    explanation: 'The sender asks to be friends, to get to know you, or to keep chatting.',
    guides,
    match: {
      phrases: ['be friends', 'get to know each other', 'get to know you', 'know each other better', 'see where it goes', 'see where this goes',
        'make friends', 'can we chat', 'love to chat', 'like to chat', 'keep in touch', 'stay in touch', 'new friend', 'friendship',
        'since we met', 'fate brought', 'destiny', 'long time no contact', 'where are you from', 'are you still in', 'i\'m back from',
        'i\'ve arrived in', 'i have arrived in', 'just arrived in',
        'do you have whatsapp', 'do you have telegram', 'hangouts', 'what do you do for work', 'are you married', 'be your friend',
        'your friend list', 'friend\'s list', 'friends list', 'wanted to say hi', 'hope this message finds you', 'hope you are fine', 'for a relationship', 'a relationship with', 'seeking an honest', 'honest and caring',
        'caring woman', 'caring man', 'honest woman', 'honest man', 'dating site', 'dating app', 'we matched', 'remember me',
        'nice profile', 'your profile', 'how was your day', 'how is your day', 'good morning dear', 'can we talk', 'can i know you',
        'i want to know you', 'want to know you more', 'i would like to know you'],
    },
    examples: {
      mustMatch: ['Can we be friends?', 'I would love to get to know you'],
      mustNotMatch: ['See you at the match', 'Send me the address please'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'affection-words',
    title: 'Affectionate or flattering words',
    explanation: 'The sender uses affectionate or flattering words.',
    guides,
    match: {
      phrases: ['my queen', 'my king', 'my princess', 'sweetie', 'dreamt about you', 'dream about you', 'dreaming of you', 'thinking about you',
        'miss you so much', 'captivated', 'my angel', 'my love', 'my dear', 'sweetheart', 'darling', 'soulmate', 'handsome', 'beautiful',
        'gorgeous', 'lovely lady', 'hello dear', 'hi dear', 'dearest', 'my heart', 'finally meet you', 'you seem like a nice', 'you seem nice',
        'seem like a nice person', 'you look nice', 'such a kind', 'so kind', 'nice smile', 'lovely smile', 'beautiful smile',
        'you look beautiful', 'you look lovely', 'you look stunning', 'fallen in love', 'in love with you', 'i love you', 'love you so much',
        'honey', 'trust you with', 'my everything', 'our future together', 'future together', 'my wife to be', 'my husband to be',
        'kind person', 'look like a kind', 'hello my friend', 'known you forever', 'spend my life with you', 'my life with you',
        'i promise you i am real', 'only talked online'],
      patterns: [{ regex: '\\bbaby\\b', literal: 'baby' }],
    },
    examples: { mustMatch: ['Good morning my queen', 'Hi dear, how was your day'], mustNotMatch: ['Good morning team', 'Hi all, lunch at 1'] },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'far-away-life-story',
    title: 'Describes a job or life far away',
    explanation: 'The sender describes a job or life far away that keeps them from meeting.',
    guides,
    match: {
      phrases: ['oil rig', 'deployed', 'peacekeeping', 'on a ship', 'offshore', 'marine engineer', 'ship engineer', 'widower', 'widow', 'working abroad',
        'work abroad', 'contract is over', 'my contract ends', 'mail is monitored', 'army', 'military', 'un mission', 'syria', 'yemen',
        'gold business', 'in the navy', 'engineer working', 'doctor working', 'surgeon', 'currently serving', 'serving in', 'i am captain',
        'i am general', 'i am sergeant', 'afghanistan', 'iraq', 'marine', 'us navy', 'navy seal', 'special forces', 'on contract', 'civil engineer',
        'petroleum engineer', 'orthopedic surgeon', 'my only daughter', 'my only son', 'raising my daughter', 'raising my son', 'single parent'],
    },
    examples: { mustMatch: ['I am a widower and work on an oil rig', 'I am deployed in Syria'], mustNotMatch: ['I work in the office on Mondays', 'My brother is a nurse'] },
  },
  {
    id: 'greets-and-introduces-self',
    title: 'A message that greets you by a name and introduces the sender',
    explanation:
      'The message greets someone by name and introduces the sender ("Hi Anna, this is Mike"), as if you were friends. On its own this is usually innocent. If you do not know them, it may be a "wrong number" opener: scammers send these to thousands of numbers and build a friendship that ends in a romance or crypto scam. Do not reply; if you think it is a real mistake, you do not need to answer.',
    severity: 'weak',
    kinds: ['wrong-number', 'romance'],
    guides: ['romance-scam', 'investment-crypto-scam'],
    match: {
      patterns: [
        { regex: "^(?:(?:hi|hello|hey) )?[a-z]{2,15}\\W{1,3}i'm (?!(?:running|late|home|here|at|on|in|going|coming|so|not|sorry|just|still|back|free|busy|off|out|done|ok|okay|fine|good|outside|almost|about|sure|the|a|an|very|really|gonna|leaving|waiting|having|looking|trying|getting|heading|stuck|bored|tired|sick|me|glad|happy|calling|writing|texting|afraid|with|from|your|you|also|now|over|up|there|doing|well|great|alright|new|ready|sending)\\b)[a-z]{2,15}\\b", literal: "i'm" },
        { regex: '^(?:(?:hi|hello|hey) )?[a-z]{2,15}\\W{1,3}this is (?!(?:running|late|home|here|at|on|in|going|coming|so|not|sorry|just|still|back|free|busy|off|out|done|ok|okay|fine|good|outside|almost|about|sure|the|a|an|very|really|gonna|leaving|waiting|having|looking|trying|getting|heading|stuck|bored|tired|sick|me|glad|happy|calling|writing|texting|afraid|with|from|your|you|also|now|over|up|there|doing|well|great|alright|new|ready|sending)\\b)[a-z]{2,15}\\W', literal: 'this is' },
        { regex: "(?:^|[.!?,] )i'm (?!(?:running|late|home|here|at|on|in|going|coming|so|not|sorry|just|still|back|free|busy|off|out|done|ok|okay|fine|good|outside|almost|about|sure|the|a|an|very|really|gonna|leaving|waiting|having|looking|trying|getting|heading|stuck|bored|tired|sick|me|glad|happy|calling|writing|texting|afraid|with|from|your|you|also|now|over|up|there|doing|well|great|alright|new|ready|sending)\\b)[a-z]{2,15}[,.!]", literal: "i'm" },
        { regex: '(?:^|[.!?,] )i am (?!(?:running|late|home|here|at|on|in|going|coming|so|not|sorry|just|still|back|free|busy|off|out|done|ok|okay|fine|good|outside|almost|about|sure|the|a|an|very|really|gonna|leaving|waiting|having|looking|trying|getting|heading|stuck|bored|tired|sick|me|glad|happy|calling|writing|texting|afraid|with|from|your|you|also|now|over|up|there|doing|well|great|alright|new|ready|sending)\\b)[a-z]{2,15}[,.!]', literal: 'i am' },
      ],
    },
    examples: {
      mustMatch: ['Evie, I\'m Rosa, how are things?', 'Hi Marcus, this is Lin. Do you still have the tickets?'],
      mustNotMatch: ['Hi, I\'m running late, see you at 8', 'Mum, it\'s me. Home by ten.'],
    },
  },
  {
    id: 'stranger-seeking-friendship',
    title: 'A stranger wants to be friends or more',
    explanation:
      'Someone you do not know introduces themselves, flatters you or asks to get to know you. That is how many romance and investment scams start: weeks of friendly chat, then a "sure thing" investment or a money emergency. If you do not know them, do not reply, and never send money to someone you have not met in person.',
    severity: 'moderate',
    kinds: ['romance', 'wrong-number'],
    guides: ['romance-scam', 'investment-crypto-scam'],
    match: {
      combination: { anyOf: ['stranger-introduces-self', 'friendship-request-words', 'affection-words', 'far-away-life-story', 'messaging-app-contact',
        'stranger-familiar-opener'],
      minAnyOf: 2,
      },
    },
    examples: {
      mustMatch: ['Hello, my name is Lena. You seem like a nice person, can we be friends?', 'Hi dear, I am a widower working abroad, I would love to get to know you'],
      mustNotMatch: ['Hi, my name is Sam from the dentist, your check-up is on Friday', 'Thanks darling, see you tonight'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'far-away-money-trouble',
    title: 'A money problem that stops someone coming to you',
    explanation: 'The sender describes a fee or a block on their money that you could pay.',
    guides,
    match: {
      phrases: ['stuck at the airport', 'clearance fee', 'customs fee', 'customs charge', 'receive a package for me', 'package for me',
        'my account is frozen', 'account has been frozen', 'release my funds', 'release the funds', 'pay the hospital', 'pay my hospital',
        'money for the hospital', 'travel fee', 'visa fee', 'pay for my flight', 'pay for my ticket', 'money for a flight', 'help me pay',
        'leave fee', 'repay you as soon', 'pay you back when', 'hotel bill', 'release fee', 'customs are holding',
        'held at customs', 'held by customs', 'gold bars', 'my inheritance', 'hospital bill', 'steam card', 'itunes card', 'google play card',
        'gift card', 'let me leave', 'western union', 'moneygram', 'bitcoin', 'for my visa', 'leave papers', 'leave paper', 'clear my shipment',
        'pay you back double', 'diplomatic agent', 'diplomat', 'gift box', 'courier will contact you', 'delivery charges', 'release my inheritance',
        'pay a tax', 'my belongings', 'shipment of my'],
    },
    examples: { mustMatch: ['They want a clearance fee before I can leave', 'Can you receive a package for me?'], mustNotMatch: ['I paid the parking fee', 'See you at the airport'] },
  },
  {
    id: 'romance-money-request',
    title: 'Someone you know only online needs money',
    explanation:
      'A sweetheart or new friend you have not met in person suddenly needs money for a fee, a ticket, customs or a hospital bill, or asks you to receive a parcel. This is the point of a romance scam. Do not send money, gift cards or crypto, and do not accept parcels or payments for them.',
    severity: 'strong',
    kinds: ['romance'],
    guides,
    match: { combination: { allOf: ['far-away-money-trouble'], anyOf: ['affection-words', 'far-away-life-story', 'romance-words', 'friendship-request-words'] } },
    examples: {
      mustMatch: ['Baby, my love, I am stuck at the airport and they want a clearance fee', 'My dear, I am deployed overseas, can you receive a package for me?'],
      mustNotMatch: ['Darling, I left the parking fee on the table', 'Stuck at the airport, flight delayed, see you at 10'],
    },
  },
  {
    id: 'dating-or-adult-chat-lure',
    title: 'A stranger offers a date, a chat or private photos through a link or number',
    explanation:
      'A message from someone you do not know says they are lonely, single or "looking for fun" and sends you to a link, a number or a chat app to see photos or meet. These messages lead to paid chat lines, sign-up pages that take your card, or a romance or blackmail scam. Do not reply or open the link.',
    severity: 'moderate',
    kinds: ['romance'],
    guides,
    match: {
      phrases: ['bored and lonely', 'lonely tonight', 'feeling lonely', 'looking for fun', 'looking for a man', 'looking for a guy',
        'looking for a date', 'see my pics', 'see my photos', 'my private photos', 'hot singles', 'singles in your area', 'local singles',
        'horny', 'hookup', 'hook up', 'naughty', 'sexy', 'flirt', 'dating site', 'dating profile', 'dating app'],
      combination: { allOf: ['gives-contact'] },
    },
    examples: {
      mustMatch: ['Hi handsome, I am Tina and I am lonely tonight. See my pics: https://tina-pics.top', 'Lonely tonight? Hot singles in your area want to meet you, my dear. Join at https://meet-local.top'],
      mustNotMatch: ['So bored at work, call me at lunch', 'Hi darling, the pics from the trip are here: https://photos.example.com/trip'],
    },
  },
  {
    id: 'romance-investment-pitch',
    title: 'A new friend or sweetheart talks you into an investment',
    explanation:
      'Someone you met online or by a "wrong number" text, who is friendly or affectionate, starts talking about a crypto or trading platform where they or a relative make easy money, and offers to show you how. This is how "pig butchering" scams work: the platform is fake, the profits on screen are invented, and the money you put in cannot be taken out. Never invest through someone you know only online.',
    severity: 'moderate',
    kinds: ['romance', 'crypto', 'investment'],
    guides: ['romance-scam', 'investment-crypto-scam'],
    match: {
      phrases: ['investing in crypto', 'invest in crypto', 'crypto trading', 'trading platform', 'trading app', 'crypto platform',
        'investment platform', 'mining pool', 'liquidity mining', 'my uncle is an', 'my aunt is an', 'insider information', 'made a lot of money',
        'teach you how to invest', 'teach you to invest', 'show you how to invest', 'gold trading', 'forex trading', 'with my uncle', 'with my aunt'],
      combination: { anyOf: ['affection-words', 'romance-words', 'friendship-request-words', 'stranger-introduces-self', 'stranger-familiar-opener'] },
    },
    examples: {
      mustMatch: ['My dear, my uncle is an analyst and I made a lot of money on this trading platform. I can show you how to invest.',
        'Hi sweetheart, I have been investing in crypto with my aunt. Let me teach you how to invest so we can build our future.'],
      mustNotMatch: ['My uncle is an accountant, he can look at your tax return', 'Darling, the pension fund sent the yearly statement, it is on the table'],
    },
  },
];
