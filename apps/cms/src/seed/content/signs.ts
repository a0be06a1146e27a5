// The warning signs launch rules belong to: one entry per distinct reason on a result (issue 14).
// Titles are what a worried reader needs to hear, not how the rules work. Among signs of the same
// strength, lower `order` comes first: what the message asks of you, then the story it tells, then how
// it reaches you.
import type { SignInput } from '@redflags/schema';

export const signs: SignInput[] = [
  // What it asks you to do
  { id: 'asks-for-code', title: 'Asks for a code sent to your phone', order: 10 },
  { id: 'asks-for-passwords-or-card', title: 'Asks for passwords, PINs, card or personal details', order: 11 },
  { id: 'device-access', title: 'Asks to get into your computer or phone', order: 12 },
  { id: 'pay-untraceable-way', title: 'Asks you to pay with gift cards, crypto or a wire transfer', order: 13 },
  { id: 'move-your-money', title: 'Asks you to move money or send it back', order: 14 },
  { id: 'blackmail', title: 'Threatens to share something about you unless you pay', order: 15 },
  { id: 'someone-you-know-needs-money', title: 'Says it is someone you know and asks for money or a favour', order: 16 },
  { id: 'premium-charges', title: 'Charges you for every text, call or subscription', order: 17 },
  // The story it tells
  { id: 'activity-you-did-not-do', title: 'Claims an order, payment or sign-in you did not make', order: 20 },
  { id: 'pretends-to-be-your-bank', title: 'Says it is your bank or its fraud team', order: 21 },
  { id: 'pretends-to-be-government', title: 'Says it is the tax office, the police or another agency', order: 22 },
  { id: 'threatens-you', title: 'Threatens arrest, a fine or legal action', order: 23 },
  { id: 'account-problem', title: 'Says something is wrong with your account', order: 24 },
  { id: 'delivery-problem', title: 'Says a parcel cannot be delivered', order: 25 },
  { id: 'computer-problem', title: 'Says your computer or phone is infected or hacked', order: 26 },
  { id: 'money-you-did-not-expect', title: 'Says you have won, or are owed, money you did not expect', order: 27 },
  { id: 'job-offer', title: 'Offers a job you did not apply for', order: 28 },
  { id: 'investment-pitch', title: 'Promises easy money or big returns from investing', order: 29 },
  { id: 'unasked-for-offer', title: 'Makes an offer you did not ask for', order: 30 },
  { id: 'stranger-friendly-chat', title: 'A stranger starts a friendly or romantic chat', order: 31 },
  // How it wants you to act
  { id: 'call-its-number', title: 'Asks you to call back, press a key or reply to it', order: 40 },
  { id: 'suspicious-link', title: 'Has a link that hides or fakes where it goes', order: 41 },
  { id: 'pressure-to-act', title: 'Pushes you to act fast', order: 42 },
  { id: 'asks-for-secrecy', title: 'Asks you to keep it secret', order: 43 },
  { id: 'hidden-sender', title: 'Hides who really sent it', order: 44 },
  { id: 'disguised-text', title: 'Written to slip past spam filters', order: 45 },
  // The learned part of the score (issue 13) adds a finding of this id; no rule names it.
  { id: 'reads-like-scam', title: 'Reads like known scam messages', order: 90 },
];
