// Building blocks that say what a message is about (a bank, a parcel, a tax office, a prize, a payment).
// Not warnings on their own (`scored: false`); combinations join them with pressure, links or requests.
import type { RuleInput } from '@redflags/schema';
import { wholeWords } from './whole-words.js';

/** Defaults shared by every building block: never shown, never scored by itself. */
const block = { scored: false, severity: 'weak' } as const;

export const topicWords: RuleInput[] = [
  {
    ...block,
    id: 'names-a-bank',
    sign: 'pretends-to-be-your-bank',
    title: 'Names a bank or a bank card',
    explanation: 'The message speaks as a bank or about your bank card.',
    match: {
      phrases: [
        'bank', 'banking', 'credit union', 'debit card', 'credit card', 'atm card', 'bank card', 'your card',
        'wells fargo', 'citibank', 'jp morgan', 'jpmorgan', 'barclays', 'hsbc', 'lloyds', 'natwest',
        'santander', 'halifax', 'monzo', 'nationwide', 'sbi', 'hdfc', 'icici', 'axis bank', 'paytm', 'first bank', 'gtbank', 'zenith bank',
        'access bank', 'standard chartered', 'maybank', 'dbs', 'ocbc', 'westpac', 'st george', 'bendigo', 'desjardins', 'interac',
        'ally bank', 'discover', 'synchrony', 'fifth third', 'huntington', 'keybank', 'key bank', 'td bank', 'bmo harris', 'usbank',
        'u.s. bank', 'becu', 'ing', 'abn amro', 'rabobank', 'revolut', 'starling', 'tsb', 'metro bank', 'co-op bank', 'first direct', 'scotiabank', 'commbank', 'westpac',
        'navy federal', 'capital one', 'truist',
        'american express', 'cash app', 'venmo', 'zelle',
      ],
      patterns: wholeWords('chase', 'citi', 'rbc', 'cibc', 'bmo', 'anz', 'pnc', 'regions', 'citizens', 'nfcu', 'usaa', 'amex', 'bofa', 'boa', 'aib'),
    },
    examples: {
      mustMatch: ['Wells Fargo: account notice', 'Your debit card needs attention'],
      mustNotMatch: ['Meet me by the river', 'Your parcel is out for delivery'],
    },
  },
  {
    ...block,
    id: 'delivery-words',
    sign: 'delivery-problem',
    title: 'Talks about a parcel or delivery',
    explanation: 'The message speaks as a courier or about a parcel.',
    match: {
      phrases: [
        'package', 'parcel', 'shipment', 'delivery', 'deliveries', 'delivered', 'courier', 'tracking', 'postal',
        'post office', 'usps', 'royal mail', 'royalmail', 'fedex', 'hermes', 'parcelforce',
        'canada post', 'australia post', 'auspost', 'warehouse', 'redelivery', 'shipping', 'consignment', 'paquete', 'envio', 'entrega',
        'colis', 'livraison', 'our depot', 'delivery depot', 'sorting hub', 'distribution center', 'distribution centre',
      ],
      patterns: wholeWords('ups', 'dhl', 'dpd', 'evri'),
    },
    examples: {
      mustMatch: ['Your parcel is waiting', 'USPS: tracking update'],
      mustNotMatch: ['Dinner at 7?', 'Your code is 4411'],
    },
  },
  {
    ...block,
    id: 'delivery-problem-words',
    sign: 'delivery-problem',
    title: 'Says a delivery has a problem',
    explanation: 'Fake courier texts invent a problem (a wrong address, a fee, a failed attempt) so that you click.',
    match: {
      phrases: [
        'could not be delivered', 'cannot be delivered', 'can not be delivered', 'unable to deliver', 'failed delivery', 'could not deliver',
        "couldn't deliver", 'were unable to deliver',
        'delivery attempt', 'delivery failed', 'unsuccessful', 'wrong address', 'incorrect address', 'incomplete address',
        'address is incomplete', 'invalid address', 'update your address', 'confirm your address', 'confirm the shipment address',
        'address details', 'delivery address', 'shipping address', 'street code', 'street number', 'house number',
        'door number', 'delivery fee', 'redelivery fee', 'customs fee', 'shipping fee', 'small fee', 'reschedule',
        'rearrange', 'temporarily suspended', 'has been held', 'is being held', 'on hold', 'stopped',
        'pending delivery', 'delivery delay', 'returned to sender', 'confirm for delivery', 'been suspended', 'missed you',
        'we missed', 'no one was home', 'nobody was home', 'undeliverable', 'could not be processed', 'could not be shipped',
        'address issue', 'shipping charge', 'customs duty', 'import duty', 'unpaid', 'schedule a new delivery', 'new slot',
        'choose a new', 'attempted delivery', 'awaiting payment', 'not be shipped', 'tried to deliver', 'parcel tax', 'not been paid',
        'in customs', 'held in customs', 'pay duty', 'duty of', 'customs charge', 'customs fees',
        'pay now to receive', 'to receive your item', 'detained', 'withheld', 'retained', 'held until', 'held at our', 'is held', 'being held',
        'hard time delivering', 'trouble delivering', 'trying to deliver', 'unable to be delivered', 'not able to deliver', 'missing details',
        'missing information', 'fill in the missing', 'address format', 'insufficient address', 'unclear address', 'handling charge',
        'handling fee', 'release fee', 'to release', 'postage due', 'postage fee', 'settle the', 'outstanding', 'awaiting your',
      ],
    },
    examples: {
      mustMatch: ['We could not deliver. Update your address', 'A small fee is due before delivery'],
      mustNotMatch: ['Your parcel was delivered to your porch', 'Out for delivery today between 9 and 11'],
    },
  },
  {
    ...block,
    id: 'government-words',
    sign: 'pretends-to-be-government',
    title: 'Speaks as a government agency',
    explanation: 'The message claims to come from a tax office, benefits agency or other government body.',
    match: {
      phrases: [
        'internal revenue', 'hmrc', 'revenue and customs', 'social security', 'medicare', 'dvla',
        'unemployment', 'stimulus', 'government', 'department of', 'federal', 'canada revenue',
        'tax refund', 'tax return', 'tax rebate', 'benefits', 'state of', 'gov.uk', 'council tax',
        'treasury', 'centrelink', 'inland revenue', 'sheriff', 'police department', 'court', 'marshal',
        'immigration', 'home office', 'national insurance', 'embassy', 'ministry of', 'tax office', 'revenue agency', 'citizenship',
        'border agency', 'customs and border', 'homeland security', 'department of justice', 'attorney general', 'border protection',
        'this is officer', 'department of motor vehicles', 'driver\'s license', 'driving licence', 'passport', 'customs',
        'census', 'bureau', 'medicaid', 'department of health', 'health department', 'public health', 'department of labor', 'labour department',
        'social services', 'welfare', 'green card', 'visa application', 'pension service', 'tax authority', 'tax agency',
      ],
      patterns: wholeWords('irs', 'ssa', 'ato', 'cra', 'edd', 'sars', 'mygov', 'uscis', 'dhs', 'doj', 'fbi', 'hmrc', 'dmv', 'fema', 'cdc', 'nhs', 'dwp', 'ftc'),
    },
    examples: {
      mustMatch: ['IRS notice about your return', 'HMRC: tax rebate'],
      mustNotMatch: ['Happy birthday!', 'The meeting is at noon'],
    },
  },
  {
    ...block,
    id: 'prize-words',
    sign: 'money-you-did-not-expect',
    title: 'Talks about a prize or reward',
    explanation: 'The message says you have won or been chosen for something.',
    match: {
      phrases: [
        'you have won', "you've won", 'you won', 'you are a winner', 'winner', 'congratulations', 'prize', 'reward',
        'rewards', 'selected', 'lucky', 'giveaway', 'raffle', 'lottery', 'jackpot', 'free gift', 'a gift for you', 'gift for you',
        'claim your', 'redeem', 'grant of', 'bonus', 'unclaimed', 'promo', 'award', 'entitled to', 'chosen', 'drawn',
        'free iphone', 'free ipad', 'free phone', 'cash prize', 'reward points', 'points', 'win', 'winning', 'awarded', 'free entry',
        'mystery box', 'spin', 'gift card', 'gift cards', 'loyal customer', 'loyalty reward', 'customer appreciation', 'exclusive offer',
        'special offer for you', 'felicidades', 'ganado', 'ganador', 'premio',
      ],
    },
    examples: {
      mustMatch: ['Congratulations, you are our winner', 'Claim your reward today'],
      mustNotMatch: ['Thanks for the lovely dinner', 'The bus is late again'],
    },
  },
  {
    ...block,
    id: 'payment-problem-words',
    sign: 'account-problem',
    title: 'Says a payment or billing detail failed',
    explanation: 'The message says your payment failed or your billing details need updating.',
    match: {
      phrases: [
        'billing information', 'billing details', 'payment details', 'payment method', 'payment failed',
        'payment was declined', 'payment declined', 'payment unsuccessful', 'payment unsuccesful', 'unsuccessful payment',
        'update your payment', 'card has expired', 'card expired', 'subscription has expired', 'subscription expired',
        'renew your', 're-new', 'could not process', 'unable to process', 'trouble with your', 'billing problem',
        'monthly payment', 'outstanding balance', 'outstanding payment', 'payment issue', 'payment problem', 'billing issue',
        'insufficient funds', 'you owe', 'back taxes', 'unpaid taxes', 'tax debt', 'balance due', 'amount due', 'unpaid', 'not been paid', 'has not been paid',
        'unable to authorize', 'unable to authorise', 'could not authorize', 'could not authorise', 'authorize your payment',
        'authorise your payment', "didn't go through", 'did not go through', 'didnt go through', 'payment could not', 'payment has failed',
        'payment was unsuccessful', 'failed to process', 'unable to charge', 'could not be charged', 'card on file was declined',
        'outstanding fine', 'outstanding penalty', 'unpaid fine', 'unpaid penalty', 'be decline', 'payment decline', 'payment fail',
        'billing info', 'update your billing', 'be unsuccessful',
      ],
    },
    examples: {
      mustMatch: ['Your payment failed, update your billing details', 'We could not process your monthly payment'],
      mustNotMatch: ['Your payment was received, thank you', 'Payday is Friday'],
    },
  },
  {
    ...block,
    id: 'messaging-app-contact',
    sign: 'call-its-number',
    title: 'Moves the conversation to WhatsApp or Telegram',
    explanation: 'Scammers move you to a chat app where they are harder to trace and report.',
    match: {
      phrases: ['whatsapp me', 'on whatsapp', 'via whatsapp', 'or whatsapp', 'telegram', 'signal app', 'contact me on', 'add me on',
        'message me on', 'text me on', 'chat with me on', 'wechat', 'line app', 'kakaotalk', 'add whatsapp', 'add my whatsapp', 'add telegram',
        'add my telegram', 'whatsapp number', 'telegram id', 'telegram username', 'signal number', 'on whatsapp'],
      patterns: [
        { regex: '\\bwa\\.me/', literal: 'wa.me' },
        { regex: '\\bchat\\.whatsapp\\.com/', literal: 'chat.whatsapp.com' },
        { regex: '\\bt\\.me/', literal: 't.me/' },
      ],
    },
    examples: {
      mustMatch: ['Message me on Telegram for details', 'Chat with me here: https://wa.me/15550100'],
      mustNotMatch: ['WhatsApp code 123-456. Do not share it.', 'Call me tonight'],
    },
  },
  {
    ...block,
    id: 'family-words',
    sign: 'someone-you-know-needs-money',
    title: 'Speaks as a family member',
    explanation: 'The message opens as a son, daughter or grandchild.',
    match: {
      phrases: ['mummy', 'mother', 'father', 'grandma', 'grandpa', 'granny', 'grandmother', 'grandfather', 'grandson', 'granddaughter',
        'grandchild', 'your son', 'your daughter', 'nephew', 'niece'],
      patterns: wholeWords('mum', 'mom', 'dad', 'nana'),
    },
    examples: {
      mustMatch: ['Hi Mum, it is me', 'Grandma, I need help'],
      mustNotMatch: ['Hi team, quick update', 'Hello neighbour'],
    },
  },
  {
    ...block,
    id: 'charge-words',
    sign: 'activity-you-did-not-do',
    title: 'Talks about a charge, order or payment',
    explanation: 'The message says money has been taken or an order was placed.',
    match: {
      phrases: [
        'charged', 'debited', 'payment of', 'purchase of', 'purchased', 'your order', 'order id', 'order number',
        'transaction', 'invoice', 'renewed', 'renewal', 'billed', 'charge of', 'a charge', 'has been charged',
        'auto payment', 'subscription', 'attempt of', 'you just sent', 'payment was sent', 'sent a payment', 'purchase',
        'order confirmation', 'order confirmed', 'order has been placed', 'order is confirmed', 'membership', 'auto renewed', 'auto-renewed',
        'will be renewed', 'was approved', 'will be debited',
        'will be charged', 'deducted', 'withdrawal', 'receipt', 'processed', 'being processed', 'order placed', 'order of', 'payment',
        'debit', 'charge', 'bought', 'transfer of',
      ],
    },
    examples: {
      mustMatch: ['Your card was charged for a laptop', 'Invoice attached for your renewal'],
      mustNotMatch: ['Lunch is on me today', 'How was the trip?'],
    },
  },
];
