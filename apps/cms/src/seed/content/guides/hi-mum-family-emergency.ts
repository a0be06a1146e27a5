// “Hi Mum, I have a new number”: a message from a family member who urgently needs money.
import type { GuideSeed } from '../types.js';

export const hiMumFamilyEmergency: GuideSeed = {
  slug: 'hi-mum-family-emergency',
  title: 'Is that “Hi Mum, I\'ve got a new number” message a scam?',
  shortAnswer:
    'Quite possibly. Scammers send messages pretending to be your child or another relative on a new number, then ask ' +
    'you to pay an urgent bill for them. Before you send any money, call your family member on the number you already ' +
    'have for them, or ask a question only they would know. If you cannot reach them, do not pay.',
  scenario: [
    'A message arrives from an unknown number, often on WhatsApp: "Hi Mum, it\'s me on a new number. I dropped my phone. You ' +
      'can delete the old one.“ It may say Dad, Grandma or just ”Hi it\'s me". It does not use a name, so it fits anyone.',
    'You reply, and they chat for a while. Then they ask for help. A bill is due today and their banking app does not ' +
      'work on the new phone. Could you pay it for them? They will pay you back tomorrow.',
    'They send bank details for the “bill”. The account name is not theirs. They ask you not to call because they ' +
      'cannot talk right now. If you pay, they soon ask for more.',
  ],
  variants: [
    {
      title: 'A phone call in a family member\'s voice',
      description:
        'A caller sounds like your grandchild or child and says they are in trouble: arrested, in hospital or stuck abroad. ' +
        'Sometimes a second person says they are a lawyer or police officer. Voices can now be copied with software from a ' +
        'short clip. Hang up and call your relative back on their usual number.',
    },
    {
      title: 'A friend\'s hacked account',
      description:
        'A message comes from a friend\'s real account, asking for money or for a code. Their account may have been taken ' +
        'over. Call them to check.',
    },
    {
      title: 'A “cash courier” comes to collect bail money',
      description:
        'In some versions, someone is sent to your home to collect cash for bail or a fine. Courts and police do not collect bail this way.',
    },
  ],
  redFlags: [
    {
      flag: 'A new number and a story about a lost or broken phone',
      why: 'This explains why the message is not from their usual number, and stops you checking with the old one.',
    },
    {
      flag: 'It does not use their name or yours',
      why: 'Scammers send the same message to many people. They do not know who you are.',
    },
    {
      flag: 'An urgent bill that must be paid today',
      why: 'Urgency stops you from checking first. A real bill can wait an hour while you call.',
    },
    {
      flag: 'Bank details in someone else\'s name',
      why: 'The money goes straight to the scammer or to someone moving money for them.',
    },
    {
      flag: 'They cannot talk on the phone',
      why: 'A voice call would show it is not them. Excuses about a broken microphone or a noisy place are common.',
    },
  ],
  steps: [
    { step: 'Do not send money yet.' },
    {
      step: 'Call your family member on the number you already have.',
      detail:
        'If they answer, you will know. If the old phone “does not work”, contact them another way, or ask someone who ' +
        'is with them.',
    },
    {
      step: 'Ask a question only they would know.',
      detail: 'Or agree a family password now, to use in an emergency.',
    },
    {
      step: 'If you paid, call your bank now.',
      detail: 'Tell them it was a scam. They may be able to stop the payment if you are quick.',
    },
    {
      step: 'Report the number and block it.',
      detail: 'In WhatsApp you can report and block a chat. Then report it as shown below.',
    },
  ],
  faq: [
    {
      question: 'My child does have a new phone. How can I be sure?',
      answer:
        'Call the old number, or call them on a video call from the new one. Ask something only they would know. A real ' +
        'family member will understand why you checked.',
    },
    {
      question: 'The voice on the phone sounded just like my grandson. Can that be faked?',
      answer:
        'Yes. Software can copy a voice from a short clip, such as a video online. Hang up and call your grandson on his usual number.',
    },
    {
      question: 'How did they get my number?',
      answer: 'Often they did not know you at all. They send the same message to many numbers and wait for a parent to reply.',
    },
    {
      question: 'I already sent money. What now?',
      answer:
        'Call your bank straight away. Do not send any more. Report the scam, and tell your family so they can warn others.',
    },
  ],
  channels: ['text', 'social', 'call'],
  kinds: ['family-emergency'],
  brands: ['whatsapp'],
  relatedRules: [],
  relatedGuides: ['one-time-code-theft', 'boss-gift-card-request', 'romance-scam'],
  seo: {
    metaTitle: 'Is that “Hi Mum, new number” message a scam? | Redflags',
    metaDescription:
      'A message from your child on a new number asks you to pay an urgent bill. How the “Hi Mum” scam works and how to check before you pay.',
  },
  publishedAt: '2026-11-22T10:00:00.000Z',
};
