// Tricks to get a one-time code: “I sent my code to you by mistake”, fake bank calls and verification requests.
import type { GuideSeed } from '../types.js';

export const oneTimeCodeTheft: GuideSeed = {
  slug: 'one-time-code-theft',
  title: 'Someone is asking me for a code that was sent to my phone. Is it a scam?',
  shortAnswer:
    'Yes. Never share a one-time code with anyone who asks for it, whoever they say they are. The code is a key: it lets ' +
    'someone sign in to your account, take over your WhatsApp, or approve a payment from your bank. Real companies send ' +
    'these codes for you to type in yourself, not to read out. If you have already shared one, act now.',
  scenario: [
    'A text arrives with a six-digit code that you did not ask for. A moment later, a message comes from a friend\'s ' +
      'number or a stranger: “Sorry, I sent my code to your number by mistake. Can you send it to me?”',
    'Or someone calls, saying they are from your bank, your phone company or a delivery firm. They say they will send ' +
      'a code “to confirm who you are” or “to cancel a payment”. They ask you to read it back.',
    'In each case, the scammer has started to sign in to one of your accounts, or to make a payment, and the code was ' +
      'sent to you to check it is really you. Once you share it, they get in. They may lock you out of WhatsApp and ' +
      'message your contacts asking for money, or move money from your bank.',
  ],
  variants: [
    {
      title: 'WhatsApp or social media takeover',
      description:
        'A friend\'s account messages you asking for a code. The friend\'s account has already been taken over, and now ' +
        'they are after yours. With your code, they can register your WhatsApp on their phone.',
    },
    {
      title: 'A “verify you are real” code when selling online',
      description:
        'A buyer on a marketplace says they want to check you are a real person and asks for a code sent to your phone. ' +
        'In the US, this is often used to set up a Google Voice number in your name.',
    },
    {
      title: 'A code to “add your card” or “cancel a payment”',
      description:
        'A caller from your “bank” says a fraudulent payment is pending and they will send a code to cancel it. The code ' +
        'actually approves the payment, or adds your card to the scammer\'s phone wallet.',
    },
    {
      title: 'A code to keep your account open',
      description:
        'A message says your email, social media or phone account will be closed unless you send the code you are about to receive.',
    },
  ],
  redFlags: [
    {
      flag: 'Anyone at all asks for a code sent to you',
      why: 'Banks and companies send codes for you to type in yourself. They never need you to read one out.',
    },
    {
      flag: 'A code arrives that you did not ask for',
      why: 'It means someone is trying to sign in to your account or approve a payment right now.',
    },
    {
      flag: 'The text with the code says “do not share it”, but the caller wants it anyway',
      why: 'The company put that warning there for exactly this moment. Believe the text, not the caller.',
    },
    {
      flag: '“I sent my code to you by mistake”',
      why: 'Codes are tied to a phone number. Nobody can send their code to your phone by mistake.',
    },
    {
      flag: 'A friend asks for a code by message',
      why: 'Their account has probably been hacked. Call them to check.',
    },
  ],
  steps: [
    {
      step: 'Do not share the code. Stop replying or hang up.',
      detail: 'If you have not shared it, nothing more is needed. The code will expire.',
    },
    {
      step: 'If you shared a bank code, call your bank now.',
      detail: 'Use the number on the back of your card. Tell them you gave a code to someone. They can stop payments and remove devices.',
    },
    {
      step: 'If you shared a code for an app or email, secure the account.',
      detail:
        'Sign in and change your password. Sign out other devices. Turn on two-step verification with a PIN or an ' +
        'authenticator app. For WhatsApp, register your number again on your phone and set a two-step PIN.',
    },
    {
      step: 'Warn your contacts.',
      detail: 'If an account was taken over, tell friends and family not to answer requests for money or codes from it.',
    },
    { step: 'Report it.' },
  ],
  faq: [
    {
      question: 'What is a one-time code?',
      answer:
        'A short number sent by text, email or an app when you sign in or pay. It proves you have your phone. Whoever has ' +
        'the code can do what it is for.',
    },
    {
      question: 'My bank called and asked me to read out a code. Was it really my bank?',
      answer:
        'No. Banks send codes for you to use yourself. A caller who asks for one is a scammer, even if the number on your ' +
        'screen looks like your bank\'s.',
    },
    {
      question: 'I got a code I did not ask for, but I did not share it. What should I do?',
      answer:
        'Do not share it. Someone may know your password, so change it, and turn on two-step verification if you have not already.',
    },
    {
      question: 'My WhatsApp has been taken over. How do I get it back?',
      answer:
        'Open WhatsApp on your phone and register your number again with the code sent to you. This signs the other person ' +
        'out. If they set their own PIN, you may have to wait some days before you can get back in. Then set your own ' +
        'two-step PIN, and warn your contacts.',
    },
    {
      question: 'The code text said “never share this code”. Is that message a scam?',
      answer:
        'Usually not. Real code texts say this. The danger is never the code text itself, but anyone who asks you for the code.',
    },
  ],
  channels: ['text', 'call', 'social'],
  kinds: ['otp-theft', 'account-takeover'],
  brands: ['whatsapp', 'google'],
  relatedRules: [],
  relatedGuides: ['bank-fraud-team-call', 'hi-mum-family-emergency', 'account-problem-message', 'amazon-fraud-prevention-call'],
  seo: {
    metaTitle: 'Someone is asking for a code sent to my phone. Scam? | Redflags',
    metaDescription:
      'Never share a one-time code, whoever asks. How code scams take over WhatsApp and bank accounts, and what to do if you shared one.',
  },
  publishedAt: '2026-11-23T10:00:00.000Z',
};
