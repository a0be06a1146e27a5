// Prize, lottery, survey-reward and giveaway scams: you "won" something you never entered.
import type { RuleInput } from '@redflags/schema';

const guides = ['prize-lottery-win'];
const kinds = ['prize'];

export const prizeRules: RuleInput[] = [
  {
    id: 'prize-you-won',
    sign: 'money-you-did-not-expect',
    title: 'Says you have won a prize',
    explanation:
      'The message says you have won money or a prize, often in a draw you never entered. You cannot win a competition you did not enter, and real prizes never cost a fee to collect.',
    severity: 'moderate',
    kinds,
    guides,
    match: {
      phrases: ['you have won', "you've won", 'you are a winner', 'you are our winner', 'lucky winner', 'lucky winners', 'voucher holder',
        'winning number', 'your number has won', 'won the sum of', 'selected as a winner', 'selected as the winner',
        'you came 3rd', 'you came second', 'luckily selected', 'top prize', 'guaranteed prize', 'cash prize', 'claim your prize',
        'claim your reward', 'not yet claimed', 'unclaimed prize', 'prize program', 'redeem a prize', 'lottery', 'jackpot',
        'you have been chosen', 'been chosen to receive', 'selected to receive', 'selected to get', 'you have been selected',
        'you are entitled to', 'was drawn', 'been drawn', 'winning ticket', 'has been selected', 'been selected for', 'selected for a',
        'have win', 'be select', 'you win', 'chance to win', 'you are selected'],
      patterns: [
        { regex: '\\byou are (?:a|the|our|one of)\\b[^.!?\\n]{0,30}\\bwinners?\\b', literal: 'winner' },
        { regex: '\\bguaranteed\\b[^.!?\\n]{0,20}\\bprize', literal: 'prize' },
        // "Your mobile number has won…", "this e-mail has gained the sum of…"
        ...['won', 'gained', 'been awarded'].map((verb) => ({
          regex: `\\b(?:number|mobile|phone|e-?mail|ticket|account)(?: number| address)? (?:has |have )?${verb}\\b`,
          literal: verb,
        })),
      ],
    },
    examples: {
      mustMatch: ['Congratulations! You have won a $500 voucher', 'Your number was picked in our lottery draw'],
      mustNotMatch: ['We won the quiz last night!', 'Did you see who won the match?'],
    },
  },
  {
    id: 'congratulations-prize',
    sign: 'money-you-did-not-expect',
    title: '"Congratulations" with a prize, reward or gift',
    explanation:
      'The message congratulates you on a prize, reward or gift you did not expect. Unexpected wins are the bait; the next step is a fee, your card details or a premium-rate call.',
    severity: 'moderate',
    kinds,
    guides,
    match: {
      phrases: ['congratulation', 'congrats'],
      combination: { anyOf: ['prize-nouns'] },
    },
    examples: {
      mustMatch: ['Congratulations! You are today\'s lucky winner', 'Congrats, a free gift card is waiting for you'],
      mustNotMatch: ['Congratulations on your new job!', 'Congrats on the baby, so happy for you'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'prize-nouns',
    sign: 'money-you-did-not-expect',
    title: 'Names a prize, reward or win',
    explanation: 'The message names a prize, reward, gift or win.',
    guides,
    match: {
      phrases: ['prize', 'reward', 'winner', 'won', 'win', 'gift card', 'voucher', 'giveaway', 'free gift', 'lucky', 'selected', 'claim',
        'cash', 'jackpot', 'lottery', 'draw', 'bonus', 'be select', 'have win'],
    },
    examples: { mustMatch: ['you are a winner', 'claim your reward'], mustNotMatch: ['see you soon', 'great job'] },
  },
  {
    id: 'prize-with-link',
    sign: 'money-you-did-not-expect',
    title: 'Prize or reward with a link to claim it',
    explanation:
      'The message offers a prize, reward or gift and gives a link to claim it. The link leads to a page that asks for card details for "shipping" or signs you up to a costly subscription.',
    severity: 'strong',
    kinds,
    guides,
    match: { combination: { allOf: ['prize-words', 'has-link'], anyOf: ['prize-you-won', 'urgency-words', 'survey-reward', 'verify-request-words', 'claim-words', 'free-gift-no-catch', 'link-shortener', 'money-amount', 'gift-card-mentioned'] } },
    examples: {
      mustMatch: [
        'Congratulations! You have been selected to get an exclusive reward. Claim now: https://bit.ly/3gift',
        'You won an iPad in our giveaway. Claim it here within 12 hours: http://prize-center.top/c',
      ],
      mustNotMatch: [
        'Congratulations on the new house! Photos: https://photos.example.com/album',
        'Your loyalty rewards balance is 320 points. See them in the app.',
      ],
    },
  },
  {
    id: 'claim-money-with-link',
    sign: 'money-you-did-not-expect',
    title: 'Money waiting for you behind a link',
    explanation:
      'The message says money, credit or a refund is waiting and asks you to claim or accept it through a link. Real payments reach your account without you entering details on a page.',
    severity: 'moderate',
    kinds: ['prize', 'refund'],
    guides,
    match: { combination: { allOf: ['money-amount', 'has-link'], anyOf: ['claim-words', 'money-received-words'] } },
    examples: {
      mustMatch: ['You have a credit of $100. Claim it at https://credit-claim.top', 'You have received $750. Accept the transfer: https://pay-accept.info'],
      mustNotMatch: ['Here is the $20 I owe you, see https://photos.example.com/receipt', 'Claim your seat at the match, link to follow'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'money-received-words',
    sign: 'money-you-did-not-expect',
    title: 'Says money has arrived for you',
    explanation: 'The message says money was sent to you or is waiting.',
    guides,
    match: { phrases: ['pending payment', 'payment pending', 'accept here', 'you have received', 'has received', 'accept the transfer', 'accept the payment', 'pending transfer', 'release the funds', 'funds are waiting', 'claim your funds', 'sent to you'] },
    examples: { mustMatch: ['you have received $5', 'accept the payment'], mustNotMatch: ['see you', 'thanks'] },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'claim-words',
    sign: 'money-you-did-not-expect',
    title: 'Tells you to claim something',
    explanation: 'The message asks you to claim, collect or redeem something.',
    guides,
    match: { phrases: ['claim', 'collect your', 'redeem', 'to receive your', 'get your', 'collect it', 'collect now', 'claim it', 'claim now'] },
    examples: { mustMatch: ['Claim it now', 'Redeem today'], mustNotMatch: ['See you soon', 'Thanks a lot'] },
  },
  {
    id: 'prize-contact-agent',
    sign: 'money-you-did-not-expect',
    title: 'Prize or grant you must phone, text or email an agent to claim',
    explanation:
      'The message says you won and must contact an "agent" or "claims office" by phone, text or email. They will ask for a fee or your bank details before the prize that does not exist.',
    severity: 'strong',
    kinds,
    guides,
    match: {
      combination: { allOf: ['won-or-granted'], anyOf: ['has-phone-number', 'call-us-words', 'contact-agent-words', 'messaging-app-contact', 'reply-keyword'] },
    },
    examples: {
      mustMatch: [
        'You have won £250,000 in our promo. Contact our claims agent on +44 7700 900321',
        'You have been offered a grant of $90,000. Kindly contact the officer at grants.office@gmail.com',
      ],
      mustNotMatch: ['You won the bet, I owe you a coffee. Call me later', 'We have won the league! Party on Saturday'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'won-or-granted',
    sign: 'money-you-did-not-expect',
    title: 'Says you won a prize or were granted money',
    explanation: 'The message says you won a prize or were granted money.',
    guides,
    match: { combination: { anyOf: ['prize-you-won', 'benefit-or-grant-offer'] } },
    examples: { mustMatch: ['You have won a car', 'You have been offered a grant of $5,000'], mustNotMatch: ['We won 2-1', 'Thanks for the grant report'] },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'contact-agent-words',
    sign: 'call-its-number',
    title: 'Tells you to contact an agent or office',
    explanation: 'The message names a person or office to contact.',
    guides,
    match: { phrases: ['contact mr', 'contact mrs', 'agent in charge', 'claims office', 'claims agent', 'claim agent', 'send a text to', 'send your details',
      'send your name', 'send name', 'for detail send', 'for details send', 'message your name', 'kindly contact', 'contact our agent', '@gmail.com', '@yahoo.com', '@outlook.com', '@hotmail.com'] },
    examples: { mustMatch: ['Contact Mr. Ade today', 'Email claims office now'], mustNotMatch: ['Text me later', 'Talk soon'] },
  },
  {
    id: 'survey-reward',
    sign: 'money-you-did-not-expect',
    title: 'Big reward for a short survey',
    explanation:
      'The message promises a large reward for a quick survey, often naming a shop. Real surveys do not pay hundreds for a minute of your time; these pages ask for card details.',
    severity: 'moderate',
    kinds,
    guides,
    match: {
      patterns: [
        { regex: '\\b(?:quick|short|1 min(?:ute)?|one minute|select|brief) survey\\b', literal: 'survey' },
        { regex: '\\bsurvey\\b[^.!?\\n]{0,40}\\b(?:reward|prize|gift|\\$\\d|£\\d|redeem|claim)', literal: 'survey' },
        { regex: '\\b(?:reward|prize|gift|\\$\\d{1,7}|£\\d{1,7})\\b[^.!?\\n]{0,60}\\bsurvey\\b', literal: 'survey' },
        { regex: '\\b\\d{2,7} ?(?:usd|gbp|eur|dollars|pounds)\\b[^.!?\\n]{0,60}\\bsurvey\\b', literal: 'survey' },
        { regex: '\\b(?:\\d ?min|\\d minutes?|one minute|two minutes)\\b[^.!?\\n]{0,30}\\bsurvey\\b', literal: 'survey' },
      ],
    },
    examples: {
      mustMatch: ['Answer a quick survey to claim your $100 reward', 'Complete our 1 minute survey and redeem a gift'],
      mustNotMatch: ['Thanks for taking part in our staff survey last week', 'The land survey is booked for Tuesday'],
    },
  },
  {
    id: 'unexpected-bonus',
    sign: 'money-you-did-not-expect',
    title: 'Money or a bonus to collect',
    explanation:
      'The message says a cash bonus, prize or free money is yours if you collect or claim it. Real money you are owed reaches your account without you having to claim it through a message.',
    severity: 'moderate',
    kinds,
    guides,
    match: { combination: { allOf: ['money-amount', 'prize-nouns'], anyOf: ['claim-words', 'free-money-words'] } },
    examples: {
      mustMatch: ['You\'ve received a $100 bonus. Collect it before midnight', 'Get $100 free when you sign up today! Claim now'],
      mustNotMatch: ['I won $20 at the pub quiz, drinks on me', 'The bonus at work was $300 this year'],
    },
  },
  {
    id: 'free-money-offer',
    sign: 'money-you-did-not-expect',
    title: 'Free money if you sign up or reply',
    explanation:
      'The message offers free money or a cash bonus for signing up, replying or clicking. These offers lead to fake betting, crypto or "earning" sites that take deposits and personal details.',
    severity: 'moderate',
    kinds: ['prize', 'crypto'],
    guides: ['prize-lottery-win', 'investment-crypto-scam'],
    match: { combination: { allOf: ['money-amount', 'free-money-words', 'gives-contact'] } },
    examples: {
      mustMatch: ['Get $100 free when you sign up today! https://signup-bonus.top', 'Free cash: £50 welcome bonus, reply YES to join'],
      mustNotMatch: ['Get $100 free when you sign up, my friend said, is that real?', 'Free cash machine on the corner charges £2'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'free-money-words',
    sign: 'money-you-did-not-expect',
    title: 'Offers free money',
    explanation: 'The message offers free money or cash.',
    guides,
    match: { phrases: ['free cash', 'free money', 'for free', 'get paid', 'instant cash', 'sign up bonus', 'signup bonus', 'welcome bonus', 'no deposit'],
      patterns: [{ regex: '[$£€][\\d,.]{1,9} free\\b', literal: 'free' }] },
    examples: { mustMatch: ['get $50 free', 'free cash today'], mustNotMatch: ['are you free', 'thanks'] },
  },
  {
    id: 'survey-reward-with-link',
    sign: 'money-you-did-not-expect',
    title: 'Paid survey with a link',
    explanation:
      'A message offers money or a prize for a survey and gives a link. The survey is a front: at the end it asks for card details to pay "shipping" or signs you up to a subscription.',
    severity: 'strong',
    kinds,
    guides,
    match: { combination: { allOf: ['survey-reward', 'has-link'] } },
    examples: {
      mustMatch: ['Complete our quick survey and get a $100 gift: https://survey-gift.top/s', 'Win a prize for a 1 minute survey bit.ly/3srvy'],
      mustNotMatch: ['Please fill in the staff survey: https://forms.example.com/staff', 'Answer a quick survey to claim your $50 reward'],
    },
  },
  {
    id: 'free-gift-no-catch',
    sign: 'unasked-for-offer',
    title: 'Free gift or "no cost" offer',
    explanation:
      'A free gift, free trial or "no cost" offer out of the blue usually hides a charge or a subscription, and the page asks for your card.',
    severity: 'weak',
    kinds: ['prize', 'subscription-trap'],
    guides,
    match: {
      phrases: ['free gift', 'a gift for you', 'little gift for you', 'absolutely no cost', 'at no cost', 'risk free', 'risk-free',
        'try it for free', 'exclusive reward', 'free iphone', 'free ipad', 'just pay shipping', 'just pay for shipping', 'bonus'],
    },
    examples: {
      mustMatch: ['Here is a little gift for you, tap to open', 'Try it for absolutely no cost today'],
      mustNotMatch: ['I bought a gift for mum', 'The shipping was free on that order'],
    },
  },
];
