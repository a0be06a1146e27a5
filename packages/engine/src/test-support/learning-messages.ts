// A small labelled set for the learning tests, made from templates so every test reads the same messages:
// scams ask to act on an account, a prize or a parcel; genuine messages are everyday chat and notices.
import type { TrainingMessage } from '../learn/train-scorer.js';

const SCAM_TEMPLATES = [
  'Urgent: verify your {thing} now or it will be suspended',
  'Congratulations you won a {prize}, claim it today at our site',
  'Your {thing} is locked, confirm your details immediately',
  'Final notice: pay the fee for your {thing} to avoid suspension',
];
const GENUINE_TEMPLATES = [
  'Running late, see you at the {place} in ten minutes',
  'Thanks for dinner last night, the {place} was lovely',
  'Can you pick up milk on the way to the {place}?',
  'Your appointment at the {place} is on Tuesday at 3pm',
];
const THINGS = ['account', 'card', 'parcel', 'wallet', 'profile'];
const PRIZES = ['gift', 'voucher', 'holiday', 'phone', 'car'];
const PLACES = ['station', 'cafe', 'school', 'clinic', 'park'];

/** 40 messages, half scam; every fifth one is in the test part. */
export function learningMessages(): TrainingMessage[] {
  const messages: TrainingMessage[] = [];
  for (let i = 0; i < 20; i += 1) {
    const scam = SCAM_TEMPLATES[i % 4]!.replace('{thing}', THINGS[i % 5]!).replace('{prize}', PRIZES[i % 5]!);
    const genuine = GENUINE_TEMPLATES[i % 4]!.replace('{place}', PLACES[(i * 3) % 5]!);
    messages.push({ id: `s${i}`, text: scam, label: 'scam', part: i % 5 === 4 ? 'test' : 'train' });
    messages.push({ id: `g${i}`, text: genuine, label: 'legit', part: i % 5 === 4 ? 'test' : 'train' });
  }
  return messages;
}
