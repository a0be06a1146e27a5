// Fake “we could not deliver your parcel” texts and emails that lead to a card-stealing page.
import type { GuideSeed } from '../types.js';

export const parcelDeliveryText: GuideSeed = {
  slug: 'parcel-delivery-text',
  title: 'Is that text about a missed parcel delivery a scam?',
  shortAnswer:
    'Often, yes. Scammers send millions of texts that say a parcel could not be delivered and ask you to pay a small fee ' +
    'or update your address through a link. The link leads to a fake page that takes your card details. Do not tap the link. ' +
    'Waiting for a parcel? Check it with the tracking number from the shop where you bought it. Or open the delivery ' +
    'company\'s own app or website yourself.',
  scenario: [
    'A text arrives that looks like it comes from a delivery company such as USPS, Royal Mail, Evri, DHL, UPS, FedEx ' +
      'or Australia Post. It says your parcel is being held because the address is incomplete, or because a small fee ' +
      'has not been paid. It gives a link and says you must act within a day or the parcel will go back.',
    'The link opens a page that looks just like the real company\'s site. It asks for your name, address and date of ' +
      'birth, then asks you to pay a small amount, such as one or two pounds or dollars, by card.',
    'The small fee is a trick. The page takes your full card details. Soon after, you may get a call or text from ' +
      'someone who says they are from your bank. They say your card has been used by fraudsters and that they need to ' +
      'help you. That second call is the real scam, and it can cost far more.',
  ],
  variants: [
    {
      title: 'A “sorry we missed you” card or email',
      description:
        'The same message may arrive as an email, or as a paper card through your door with a phone number to call. ' +
        'Phone numbers on fake cards can be very expensive or connect you to a scammer.',
    },
    {
      title: 'A customs or import fee',
      description:
        'The message says a parcel from abroad is held at customs and you must pay a fee to release it. Real customs ' +
        'charges do exist, but you should check them only through the delivery company\'s own app or website.',
    },
    {
      title: 'A reply-to-activate message',
      description:
        'Some texts ask you to reply “Y” and then open the link again. Replying tells the scammers your number is ' +
        'real and can make a blocked link clickable on some phones.',
    },
  ],
  redFlags: [
    {
      flag: 'You were not expecting a parcel',
      why: 'Scammers send the same text to huge lists of numbers. Many people happen to be waiting for something, which is why it works.',
    },
    {
      flag: 'A link that is not the company\'s real web address',
      why: 'Fake links often add extra words or odd endings to a real name, or use a link shortener, so you cannot see where they go.',
    },
    {
      flag: 'A small fee to pay by card',
      why: 'A tiny amount makes you less careful. The real aim is your full card details.',
    },
    {
      flag: 'A deadline, such as “within 24 hours”',
      why: 'Pressure stops you checking. A real parcel does not vanish because you waited a day to check.',
    },
    {
      flag: 'It does not say what the parcel is or who sent it',
      why: 'A real notice usually names the shop or sender. A scam text has to fit everyone, so it stays vague.',
    },
  ],
  steps: [
    {
      step: 'Do not tap the link or reply.',
    },
    {
      step: 'Check your parcel another way.',
      detail:
        'Use the tracking number in the email from the shop you ordered from. Or open the delivery company\'s app or ' +
        'type its website address yourself.',
    },
    {
      step: 'If you entered card details, call your bank straight away.',
      detail:
        'Use the number on the back of your card. Ask them to stop the card. Be careful of any call that comes in ' +
        'afterwards saying it is your bank: hang up and call the number on your card yourself.',
    },
    {
      step: 'Forward the text, then delete it.',
      detail:
        'In the UK, the US and Canada, many mobile networks let you forward scam texts to 7726 for free. Then report it ' +
        'as shown below.',
    },
  ],
  faq: [
    {
      question: 'Do delivery companies ever text me?',
      answer:
        'Yes. Many real companies send delivery updates by text. That is why the scam works. A real update usually ' +
        'matches an order you made. If you are not sure, do not use the link in the text. Check with the tracking number from the shop instead.',
    },
    {
      question: 'I only paid a small fee. Should I still worry?',
      answer:
        'Yes. The scammers now have your full card details. Call your bank to stop the card, and watch your ' +
        'statements for payments you did not make.',
    },
    {
      question: 'I tapped the link but did not type anything. What now?',
      answer:
        'You are very likely fine. Close the page. Do not enter anything if it asks. Keep your phone updated.',
    },
    {
      question: 'After I paid, my “bank” called about fraud. Is that real?',
      answer:
        'Be very careful. This is a common second step. The caller may say you need to move your money to keep it ' +
        'safe. Your bank will never ask you to do that. Hang up and call the number on the back of your card.',
    },
    {
      question: 'How can I tell a real delivery link from a fake one?',
      answer:
        'It is hard, even for experts. The safest habit is to never use links in delivery texts. Use the shop\'s ' +
        'tracking email or the company\'s own app instead.',
    },
  ],
  channels: ['text', 'email'],
  kinds: ['delivery'],
  brands: ['usps', 'royal-mail', 'evri', 'dhl', 'ups', 'fedex'],
  relatedRules: [],
  relatedGuides: ['bank-fraud-team-call', 'road-toll-text', 'account-problem-message'],
  seo: {
    metaTitle: 'Is that missed parcel delivery text a scam? | Redflags',
    metaDescription:
      'A text says your parcel is held and asks for a small fee through a link. Here is how the scam works, how to check a real delivery, and what to do.',
  },
  publishedAt: '2026-11-20T10:00:00.000Z',
};
