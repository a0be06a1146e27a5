// Investment and crypto schemes: guaranteed returns, "insider" chat groups, mining platforms.
import type { RuleInput } from '@redflags/schema';
import { wholeWords } from './whole-words.js';

const guides = ['investment-crypto-scam'];
const kinds = ['investment', 'crypto'];

export const investmentRules: RuleInput[] = [
  {
    scored: false,
    severity: 'weak',
    id: 'investment-words',
    sign: 'investment-pitch',
    title: 'Talks about investing or crypto',
    explanation: 'The message is about investing, trading or cryptocurrency.',
    guides,
    match: {
      phrases: ['invest', 'investment', 'trading', 'trader', 'crypto', 'cryptocurrency', 'bitcoin', 'forex', 'stock', 'stocks', 'shares',
        'mining', 'profit', 'profits', 'returns', 'portfolio', 'market', 'signals', 'trade', 'traders', 'binary options', 'nft', 'token',
        'coin', 'coins', 'exchange', 'broker'],
      patterns: wholeWords('btc', 'usdt', 'eth', 'nse', 'bse'),
    },
    examples: { mustMatch: ['Invest in crypto', 'BTC signals'], mustNotMatch: ['Nice to see you', 'Bring snacks'] },
  },
  {
    id: 'guaranteed-returns',
    sign: 'investment-pitch',
    title: 'Promises guaranteed or very high returns',
    explanation:
      'The message promises guaranteed profits, daily income or returns with no risk. No real investment can promise that. High, certain returns are the clearest sign of an investment scam.',
    severity: 'strong',
    kinds,
    guides,
    match: {
      phrases: ['guaranteed profit', 'guaranteed return', 'guaranteed income', 'income is guaranteed', 'permanent income', 'risk free',
        'risk-free', 'no risk', 'huge profits', 'double your money', 'double your investment', 'daily profit', 'daily returns',
        'passive income', 'earn around', 'upper circuit', 'multibagger', '100% profit', 'returns guaranteed', 'guaranteed',
        'trading bot', 'ai trading', 'in one week', 'per week', 'weekly returns', 'turn $', 'x your money'],
      patterns: [{ regex: '\\binvest [$£]?[\\d,]{2,9}\\b[^.!?\\n]{0,40}\\b(?:earn|get|make|receive|return)', literal: 'invest' }],
      combination: { anyOf: ['investment-words', 'money-amount'] },
    },
    examples: {
      mustMatch: ['Join our crypto platform: guaranteed profit of 5% a day, no risk', 'Invest $200 and double your money in a week'],
      mustNotMatch: ['The stock market fell today, glad I did not sell', 'No risk of rain today, let\'s go to the beach'],
    },
  },
  {
    id: 'investment-chat-group-invite',
    sign: 'investment-pitch',
    title: 'Invites you into an "insider" investment chat group',
    explanation:
      'A stranger invites you into a WhatsApp or Telegram group of "professional traders" or "insiders". These groups fake success stories and push you to a trading app that the scammers control.',
    severity: 'strong',
    kinds,
    guides,
    match: {
      phrases: ['discussion group', 'investment group', 'trading group', 'internal group', 'vip group', 'signal group', 'join our group',
        'join the group', 'professional investment team', 'investment team', 'trading mentor', 'investment advisor', 'investment adviser'],
      combination: { anyOf: ['investment-words', 'messaging-app-contact', 'has-link'] },
    },
    examples: {
      mustMatch: ['Join our VIP trading group on WhatsApp for free daily crypto signals', 'You are invited to the internal discussion group of our investment team: https://chat.whatsapp.com/abc'],
      mustNotMatch: ['Join the group chat for the school trip', 'Our book club discussion group meets on Thursday'],
    },
  },
  {
    id: 'crypto-platform-bonus',
    sign: 'investment-pitch',
    title: 'Crypto or mining platform with a sign-up bonus',
    explanation:
      'The message offers free money to sign up to a crypto, mining or trading site. The balance you see is fake; you will be asked to deposit, and you cannot withdraw.',
    severity: 'strong',
    kinds,
    guides,
    match: {
      phrases: ['cloud mining', 'mining platform', 'trading platform', 'crypto platform', 'registration bonus', 'sign up bonus', 'sign-up bonus',
        'free usdt', 'free bitcoin', 'airdrop', 'credited to your account', 'invite your friends'],
      combination: { anyOf: ['money-amount', 'has-link', 'prize-words'] },
    },
    examples: {
      mustMatch: ['New mining platform: register today and get a $50 sign-up bonus credited to your account', 'Claim your free USDT airdrop at https://usdt-drop.vip'],
      mustNotMatch: ['The trading platform at work is down again', 'Invite your friends to the barbecue!'],
    },
  },
  {
    id: 'investment-offer-by-chat-app',
    sign: 'investment-pitch',
    title: 'Investment or crypto talk that moves to WhatsApp or Telegram',
    explanation:
      'A stranger talks about investing or crypto and asks you to carry on in a chat app. That is how "pig-butchering" investment scams begin: friendly chat, then a fake trading site.',
    severity: 'moderate',
    kinds,
    guides,
    match: { combination: { allOf: ['investment-words', 'messaging-app-contact'] } },
    examples: {
      mustMatch: ['I can show you how to invest in crypto, message me on Telegram', 'Want daily trading profits? Chat here: https://wa.me/447700900123'],
      mustNotMatch: ['Invest in a good coat this winter', 'Message me on WhatsApp when you land'],
    },
  },
  {
    id: 'stock-tip-spam',
    sign: 'investment-pitch',
    title: 'Unsolicited stock or trading tip',
    explanation:
      'A text tells you which share to buy now with a target price. These "tips" pump up a cheap share so that the senders can sell theirs to you.',
    severity: 'moderate',
    kinds: ['investment'],
    guides,
    match: {
      phrases: ['target price', 'short term target', 'stop loss', 'buy now before', 'about to explode', 'next big stock', 'upper circuit',
        'buy call', 'premium buy', 'intraday', 'strong buy'],
      combination: { anyOf: ['investment-words', 'money-amount'] },
    },
    examples: {
      mustMatch: ['STRONG BUY: this stock is about to explode, short term target 40', 'Premium buy call on these shares: intraday target price 120, stop loss 95'],
      mustNotMatch: ['I bought some shares in my pension, boring but fine', 'What is the target price for the raffle tickets?'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'earnings-claim-words',
    sign: 'investment-pitch',
    title: 'Promises money every day or every week',
    explanation: 'The message promises earnings or profit every day, every hour or every week.',
    guides,
    match: {
      phrases: ['daily income', 'daily profit', 'daily earnings', 'passive income', 'extra income', 'earn money', 'make money', 'earn from home',
        'easy money', 'fast money', 'start earning'],
      patterns: [
        ...['earn', 'make', 'receive', 'profit'].map((verb) => ({
          regex: `\\b${verb}\\b[^.!?\\n]{0,40}\\b(?:every day|each day|a day|per day|daily|an hour|per hour|a week|per week|weekly)\\b`,
          literal: verb,
        })),
      ],
    },
    examples: { mustMatch: ['Earn 500 every day', 'Start earning today'], mustNotMatch: ['I learn something every day', 'Earn your stripes'] },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'join-now-words',
    sign: 'investment-pitch',
    title: 'Asks you to join, register or sign up',
    explanation: 'The message asks you to join, register or sign up.',
    guides,
    match: {
      phrases: ['join us', 'join now', 'join today', 'come and join', 'join our', 'register now', 'register today', 'register here', 'sign up',
        'signup', 'open an account', 'create an account', 'get started', 'start now', 'click to join', 'tap to join'],
    },
    examples: { mustMatch: ['Join us today', 'Register now'], mustNotMatch: ['Joined the gym', 'See you soon'] },
  },
  {
    id: 'easy-earnings-join-link',
    sign: 'investment-pitch',
    title: 'Promises money every day if you join through a link',
    explanation:
      'The message promises earnings every day or every week, from crypto, trading or "easy" work, and asks you to join or register through a link. Such sites show fake profits, then ask you to deposit more and never let you take money out. No real investment or job pays like this.',
    severity: 'strong',
    kinds: ['crypto', 'investment', 'job'],
    guides: ['investment-crypto-scam', 'job-task-scam'],
    match: { combination: { allOf: ['earnings-claim-words', 'join-now-words'], anyOf: ['unfamiliar-link', 'messaging-app-contact'] } },
    examples: {
      mustMatch: ['Earn $400 every day with our trading robot. Join now: https://robo-profit.vip/r', 'Make money from home daily! Register here: bit.ly/3earnx'],
      mustNotMatch: ['Earn points every day you shop. Join our loyalty club in the app.', 'I earn more per hour at the new job, come and join us for a drink'],
    },
  },
  {
    id: 'crypto-recovery-offer',
    sign: 'unasked-for-offer',
    title: 'Offers to recover money lost to scams',
    explanation:
      'After one scam, people get offers to "recover" the lost money for a fee. These are the same scammers, or others who bought the list of victims.',
    severity: 'strong',
    kinds: ['investment', 'crypto'],
    guides,
    match: {
      phrases: ['recover your lost', 'recover your funds', 'recover lost funds', 'recovery agent', 'fund recovery', 'recover your crypto',
      ],
    },
    examples: {
      mustMatch: ['Lost money to a broker? We recover your lost funds in 48 hours', 'Certified recovery agent: recover your crypto today'],
      mustNotMatch: ['Hope you recover quickly from the flu', 'Did you get your money back from the shop?'],
    },
  },
  {
    id: 'wallet-recovery-phrase-requested',
    sign: 'asks-for-passwords-or-card',
    title: 'Asks for your crypto wallet\'s recovery phrase or private key',
    explanation:
      'The message asks you to enter, confirm or "validate" your wallet\'s recovery phrase (the 12 or 24 secret words) or private key. Anyone who has those words owns everything in the wallet, and no real wallet, exchange or support team ever asks for them. Do not type them anywhere except into your own wallet app when restoring it.',
    severity: 'strong',
    kinds: ['crypto'],
    guides: ['investment-crypto-scam'],
    match: {
      phrases: ['seed phrase', 'recovery phrase', 'secret phrase', 'secret recovery', '12-word phrase', '12 word phrase', '24-word phrase',
        '24 word phrase', 'your private key', 'validate your wallet', 'sync your wallet', 'synchronize your wallet', 'wallet validation',
        'rectify your wallet', 'connect your wallet to'],
    },
    examples: {
      mustMatch: ['Your wallet will be suspended. Validate your wallet by entering your 12-word phrase here', 'Support: please send your recovery phrase so we can restore your funds'],
      mustNotMatch: ['Write your password on paper and keep it safe', 'I finally set up a wallet app, it was easy'],
    },
  },
];
