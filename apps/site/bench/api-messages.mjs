// Messages for the API benchmark, written for it (not from the corpus): scam-like and everyday
// messages of typical lengths, so the checker does its usual work on both.
export const BENCH_MESSAGES = [
  'Hi, it is Sam from the gym. Are we still on for 6pm tomorrow? I can bring the spare racket.',
  'Your parcel could not be delivered because of an unpaid shipping fee of $1.99. Pay now at http://parcel-fee-update.example-track.top/pay to rebook delivery.',
  'This is an automated call from your online store account team. A purchase of a $749 laptop was detected on your account. If you did not authorize this purchase, press 1 to speak to an agent.',
  'Mum, my phone broke so this is my new number. Can you send me money for a new one today? I will pay you back Friday.',
  'Reminder: your dentist appointment is on Tuesday at 10:30. Reply C to confirm or call the surgery to rearrange.',
  'Your bank: we have blocked a payment. Never share this code with anyone. If you did not request it, someone may be trying to access your account. Code: 482913',
  'Congratulations! You have been selected to receive a $500 gift card. Buy two Apple gift cards and send us the numbers on the back to claim your reward.',
  'Team lunch moved to Thursday. Bring ideas for the quarterly planning session; the agenda is in the shared folder.',
  'IRS notice: you owe back taxes and a warrant will be issued today unless you pay with gift cards. Call 1-800-555-0199 immediately.',
  'Your account has been suspended due to unusual sign-in activity. Verify your identity within 24 hours at https://secure-login-verify.example.net or it will be closed.',
  'Hey! Loved the photos from the weekend. Send me the one of the lake when you get a chance.',
  'Technical support here: your computer has a virus. Please install AnyDesk and give us the access code so we can fix it for you.',
];
