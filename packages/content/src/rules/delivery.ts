// Fake courier and post-office texts: a parcel "problem", a small fee, and a link.
import type { RuleInput } from '@redflags/schema';

const guides = ['parcel-delivery-text'];
const kinds = ['delivery'];

export const deliveryRules: RuleInput[] = [
  {
    id: 'delivery-problem-with-link',
    sign: 'delivery-problem',
    title: 'Parcel "problem" with a link to fix it',
    explanation:
      "The message says a parcel could not be delivered, is on hold or needs an address or fee, and gives a link. This is the most common scam text. Couriers do not ask you to pay or re-enter details through a text link. Check on the courier's own website or app with your tracking number.",
    severity: 'strong',
    kinds,
    guides,
    match: { combination: { allOf: ['delivery-words', 'delivery-problem-words', 'suspicious-link'] } },
    examples: {
      mustMatch: [
        'Royal Mail: your parcel could not be delivered. Pay the redelivery fee at https://rm-redeliver.top/pay',
        'USPS: the package is on hold because the address is incomplete. Update it: parcel-update.xyz/a1',
      ],
      mustNotMatch: [
        'Your DPD parcel will arrive today between 10:15 and 11:15. Track it at https://www.dpd.co.uk',
        'Your parcel was delivered and left with your neighbour at number 12.',
      ],
    },
  },
  {
    id: 'delivery-problem-any-link',
    sign: 'delivery-problem',
    title: 'Parcel "problem" with a link',
    explanation:
      "The message says there is a problem with a parcel, asks you to confirm, update or pay something or rushes you, and gives a link. Even when the link looks right, go to the courier's website or app yourself and enter your tracking number there.",
    severity: 'moderate',
    kinds,
    guides,
    // A genuine "sorry we missed you, rearrange on our website" notice has the problem and the link but asks for nothing more.
    match: {
      combination: {
        allOf: ['delivery-words', 'delivery-problem-words', 'has-link'],
        // An amount alone is not enough: couriers' genuine customs notices name the duty and link to their own site.
        anyOf: ['verify-request-words', 'urgency-words', 'delivery-fee-requested', 'delivery-address-update', 'reply-keyword'],
      },
    },
    examples: {
      mustMatch: [
        'Your package is on hold at our warehouse. Confirm your details: parcels-center.com/h',
        'We could not deliver your parcel today. Pay the small fee: https://redeliver-now.com',
      ],
      mustNotMatch: [
        'Your parcel was delivered. Photo: https://photos.example.com/p',
        'Parcel on hold for you at the desk, come by later',
        'We missed you today. Your item is at the delivery office; rearrange at https://www.royalmail.com/redelivery',
        'Import duty of 24.50 GBP is due on your shipment. Pay it at https://www.dhl.co.uk or in the app.',
      ],
    },
  },
  {
    id: 'delivery-problem-action',
    sign: 'delivery-problem',
    title: 'Parcel "problem" that asks you to act',
    explanation:
      'The message says a parcel could not be delivered or has a fee to pay and asks you to confirm, pay or reply. Couriers let you deal with a missed delivery on their own website or app; check there with your tracking number.',
    severity: 'moderate',
    kinds,
    guides,
    match: {
      combination: {
        allOf: ['delivery-words', 'delivery-problem-words'],
        anyOf: ['verify-request-words', 'urgency-words', 'reply-keyword'],
      },
    },
    examples: {
      mustMatch: [
        'We tried to deliver your package. Please confirm delivery details',
        'Your parcel tax has not been paid. Pay now to receive your item, today only',
      ],
      mustNotMatch: ['We tried to deliver your parcel today and will try again tomorrow.', 'Your package was delivered to the front door.'],
    },
  },
  {
    id: 'delivery-fee-requested',
    sign: 'delivery-problem',
    title: 'Asks for a fee to deliver a parcel',
    explanation:
      'The message asks you to pay a small fee before a parcel is delivered. Scammers keep the fee and, worse, your card details. If a real fee is due, the courier tells you on its own website or with a card through your door.',
    severity: 'moderate',
    kinds,
    guides,
    match: {
      phrases: [
        'delivery fee',
        'redelivery fee',
        're-delivery fee',
        'shipping fee',
        'customs fee',
        'postage fee',
        'unpaid postage',
        'requires a delivery fee',
        'pay the fee',
        'small fee',
        'delivery charge',
        'parcel tax',
        'pay now to receive',
        'handling charge',
        'handling fee',
        'release fee',
        'redelivery payment',
        'small payment',
        'small redelivery',
        'small charge',
        'unpaid shipping',
      ],
      combination: { anyOf: ['delivery-words'] },
    },
    examples: {
      mustMatch: ['Your parcel requires a delivery fee of 1.99 before we can deliver it', 'Shipment held: pay the customs fee today'],
      mustNotMatch: ['Free delivery on orders over £20', 'Your shipment left our depot this morning'],
    },
  },
  {
    id: 'delivery-address-update',
    sign: 'delivery-problem',
    title: 'Asks you to update your address for a parcel',
    explanation:
      'Couriers already have your address from the sender. A text saying the address is wrong or incomplete, and asking you to reply or click to fix it, is a common scam opener.',
    severity: 'moderate',
    kinds,
    guides,
    match: {
      phrases: [
        'update your address',
        'update the address',
        'confirm your address',
        'reconfirm your address',
        'wrong address',
        'incorrect address',
        'incomplete address',
        'address is incomplete',
        'invalid address',
        'incorrect delivery address',
        'missing street',
        'street code',
        'house number',
        'door number',
        'address details',
        'forwarding address',
        'confirm the shipment address',
        'update it timely',
        'delivery address',
        'reply with your address',
        'address issue',
        'verify your address',
        'address verification',
      ],
      combination: { anyOf: ['delivery-words', 'delivery-problem-words'] },
    },
    examples: {
      mustMatch: [
        'Your package cannot be delivered due to an incomplete address. Reply Y to update.',
        'Parcel on hold: confirm your address',
      ],
      mustNotMatch: ['Our new address is 5 Mill Lane, see you there', 'The package deal for the holiday looks good'],
    },
  },
  {
    id: 'delivery-reply-to-activate-link',
    sign: 'delivery-problem',
    title: 'Asks you to reply so that a link starts working',
    explanation:
      'The text asks you to reply "Y" or "OK" and then open the link again. Phones disable links from unknown senders; replying switches that protection off and tells the scammer your number is live.',
    severity: 'moderate',
    kinds: ['delivery', 'toll'],
    guides: ['parcel-delivery-text', 'road-toll-text'],
    match: {
      patterns: [
        {
          regex:
            '\\breply(?:ing)? (?:with )?\\W{0,2}(?:y|yes|ok|1)\\W{0,2}[^.!?\\n]{0,60}(?:link|reopen|re-open|open|activate|reactivate|access|again|exit|copy)',
          literal: 'reply',
        },
        { regex: '\\b(?:exit|close) the (?:text|message|sms)[^.!?\\n]{0,40}(?:reopen|re-open|open)', literal: 'the ' },
      ],
    },
    examples: {
      mustMatch: [
        'Reply Y and then open this text again to activate the link',
        'Please reply OK, then exit the SMS and reopen it to access the link',
      ],
      mustNotMatch: ['Reply YES if you made this purchase, or NO if you did not', 'Reply STOP to opt out'],
    },
  },
  {
    id: 'delivery-claim-from-unknown-sender',
    sign: 'delivery-problem',
    title: 'Parcel message that asks you to click and confirm details',
    explanation:
      'The message talks about your parcel and asks you to click a link to confirm, update or reschedule. Real couriers let you do that on their own website or app, which you can open yourself with your tracking number.',
    severity: 'moderate',
    kinds,
    guides,
    match: { combination: { allOf: ['delivery-words', 'verify-request-words', 'has-link'] } },
    examples: {
      mustMatch: [
        'Your package is waiting. Please confirm your details: https://pkg-center.info/c',
        'Parcel update: click here to reschedule http://bit.ly/x1y2z3',
      ],
      mustNotMatch: ['Your package is waiting at the front desk', 'Parcel arrived, thanks for the tip!'],
    },
  },
];
