// Phone and voicemail scams: the fake Amazon order, tech support, car warranty, injury claims,
// and the "press 1" robocall that connects you to a scammer.
import type { RuleInput } from '@redflags/schema';

export const callRules: RuleInput[] = [
  {
    id: 'press-key-to-speak',
    title: 'Recorded message asks you to press a key',
    explanation:
      'A recorded call asks you to press 1 (or another key) to speak to someone. Pressing connects you to a scammer and confirms your number is live. Hang up and call the company on a number you find yourself.',
    severity: 'moderate',
    kinds: ['amazon-impersonation', 'government-impersonation', 'bank-impersonation'],
    guides: ['amazon-fraud-prevention-call', 'bank-fraud-team-call', 'government-tax-impersonation'],
    match: {
      patterns: [{ regex: '\\bpress (?:\\d|one|two|nine|the number \\d)\\b', literal: 'press' }],
      combination: { anyOf: ['charge-words', 'account-problem-words', 'government-words', 'arrest-or-legal-threat', 'names-a-bank', 'names-an-online-service', 'automated-call-words', 'speak-to-agent-words'] },
    },
    examples: {
      mustMatch: ['This is an automated message. Press 1 to speak to an agent', 'Your account has been suspended. Press 9 now'],
      mustNotMatch: ['Press the button on the kettle twice', 'The press were outside the stadium'],
    },
  },
  {
    id: 'problem-press-key',
    title: 'Account "problem" with a key to press',
    explanation:
      'A recorded call or message says there is a problem with your account (an unauthorised purchase, a suspension) and asks you to press a key. Pressing puts you through to a scammer. Hang up and use the number on the company\'s website or your card.',
    severity: 'moderate',
    kinds: ['amazon-impersonation', 'bank-impersonation', 'government-impersonation'],
    guides: ['amazon-fraud-prevention-call', 'bank-fraud-team-call'],
    match: { combination: { allOf: ['account-problem-words', 'press-key-to-speak'] } },
    examples: {
      mustMatch: ['An unauthorized purchase was made on your account. Press 1 to speak to a representative', 'Your benefits will be suspended. Press 1 now'],
      mustNotMatch: ['Your account is ready. Press 1 to hear your balance', 'Press 2 for opening hours'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'automated-call-words',
    title: 'Sounds like a recorded call',
    explanation: 'The words sound like a recorded or automated phone message.',
    guides: ['amazon-fraud-prevention-call'],
    match: { phrases: ['trying to reach you', 'courtesy call', 'trying to contact you', 'automated message', 'automated call', 'recorded message', 'this call is to notify', 'this is a reminder call', 'listen to this message', 'this message is from', 'this is an important call', 'very important call',
      'our records indicate', 'our records show', 'department calling', 'give us a call back', 'before it lapses', 'before we close'] },
    examples: { mustMatch: ['This is an automated message', 'this call is to notify you'], mustNotMatch: ['call me', 'notify me by email'] },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'speak-to-agent-words',
    title: 'Offers to put you through to someone',
    explanation: 'The message offers to connect you to an agent or representative.',
    guides: ['amazon-fraud-prevention-call'],
    match: { phrases: ['speak to', 'speak with', 'representative', 'transferred to', 'connect you', 'an agent', 'our agent', 'case manager'] },
    examples: { mustMatch: ['speak to an agent', 'you will be transferred to'], mustNotMatch: ['talk later', 'bye'] },
  },
  {
    id: 'unexpected-order-or-charge',
    title: 'Unexpected order or charge you are asked to cancel',
    explanation:
      'The message or call says an expensive order or charge was made on your account (often an iPhone or a laptop) and asks you to call or press a key to cancel it. The order does not exist; the "agent" will ask for remote access, gift cards or a code. Check your orders in the real app.',
    severity: 'strong',
    kinds: ['amazon-impersonation', 'fake-charge'],
    guides: ['amazon-fraud-prevention-call'],
    match: {
      // "Did you make this purchase? Reply YES or NO" is how genuine fraud alerts ask: a number or link to cancel is the sign.
      combination: { allOf: ['charge-words', 'money-amount'], anyOf: ['bank-fake-transaction-alert', 'press-key-to-speak', 'refund-claim-words'] },
    },
    examples: {
      mustMatch: [
        'Amazon: an order of $799 for an iPhone was placed on your account. If you did not make this purchase press 1',
        'Your card has been charged $499.99 for a laptop. If you did not authorize it call us on 1-888-555-0123',
      ],
      mustNotMatch: [
        'Your order of $23.50 has shipped and will arrive on Thursday.',
        'I was charged $15 for parking, can you believe it?',
        'Did you attempt a $312.40 purchase at an electronics shop on your card ending 2209? Reply YES or NO.',
      ],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'refund-claim-words',
    title: 'Talks about claiming a refund',
    explanation: 'The message offers a refund you have to claim.',
    guides: ['amazon-fraud-prevention-call'],
    match: {
      phrases: ['claim a refund', 'for refund', 'for a refund', 'wish to claim', 'to cancel this', 'cancel the order', 'cancel this order',
        'to cancel', 'cancel your order', 'for cancellation', 'cancel the transaction', 'to dispute', 'dispute this', 'cancel the payment',
        'cancel this payment', 'to stop this', 'to stop the payment'],
    },
    examples: { mustMatch: ['call for refund', 'to cancel this order'], mustNotMatch: ['thanks', 'ok'] },
  },
  {
    id: 'tech-support-warning',
    title: 'Warning that your computer is infected or hacked',
    explanation:
      'A pop-up, call or message says your computer has a virus, is hacked or has an expired licence, and gives a number to call. Real security warnings never include a phone number. Close the browser (restart if it will not close) and do not call.',
    severity: 'moderate',
    kinds: ['tech-support'],
    guides: ['tech-support-scam'],
    match: {
      phrases: ['virus detected', 'viruses detected', 'virus alert', 'your computer is infected', 'computer has been infected', 'computer is being hacked',
        'computer has been hacked', 'your computer has been', 'your device has been', 'device is infected', 'security breach detected',
        'license key has been expired', 'licence key has expired', 'license has expired', 'licence has expired', 'windows license',
        'windows licence', 'windows defender alert', 'do not shut down', 'do not close this window', 'do not restart', 'trojan', 'spyware',
        'identity theft', 'computer is blocked', 'call technical support', 'call microsoft', 'microsoft support', 'apple support team',
        'technical support', 'tech support', 'geek squad', 'is infected', 'infected with', 'malware detected', 'your pc is',
        'pc has been', 'your system is', 'system has been', 'firewall', 'hackers', 'error code', 'blocked for security',
        'sending error', 'error messages', 'has been hacked', 'being hacked', 'was hacked', 'ip address has been', 'your router',
        'technician', 'detected a virus', 'problem with your computer', 'your windows computer', 'windows computer', 'been breached',
        'tech support services', 'computer services', 'your antivirus', 'antivirus has expired', 'error reports', 'error report',
        'computer may be at risk', 'computer is at risk', 'device may be at risk', 'pc may be at risk', 'data is at risk', 'do not turn off your',
        'do not turn it off', 'do not switch off', 'windows has detected', 'windows detected', 'computer is sending', 'pornographic', 'zeus virus',
        'access has been blocked', 'certified technician', 'microsoft certified', 'apple certified', 'access to this pc', 'this pc is blocked',
        'pc has been blocked', 'pc has been locked', 'windows support', 'windows security alert', 'microsoft security alert', 'windows firewall alert'],
    },
    examples: {
      mustMatch: ['Windows Defender Alert: virus detected. Do not shut down your computer', 'Your computer has been hacked. Call technical support now'],
      mustNotMatch: ['My computer is slow, can you have a look at the weekend?', 'I had a virus last week, better now'],
    },
  },
  {
    id: 'tech-support-call-number',
    title: 'Computer warning with a phone number to call',
    explanation:
      'A warning about your computer gives a phone number. Microsoft, Apple and antivirus companies never put a number in a warning. The person who answers will ask to get into your computer and charge you.',
    severity: 'strong',
    kinds: ['tech-support'],
    guides: ['tech-support-scam'],
    match: { combination: { allOf: ['tech-support-warning'], anyOf: ['has-phone-number', 'call-us-words', 'remote-access-request', 'remote-access-app'] } },
    examples: {
      mustMatch: ['Virus detected! Your computer is blocked. Call technical support on 1-844-555-0177', 'Microsoft support: your computer has been hacked, please call us now'],
      mustNotMatch: ['Our tech support desk is on the 3rd floor', 'The virus scan finished with nothing found'],
    },
  },
  {
    id: 'caller-says-from-tech-company',
    title: 'Caller says they are from Microsoft, Apple or your internet provider',
    explanation:
      'An unexpected caller says they are from Microsoft, Apple or your internet company and that your computer has a problem. These companies do not call people out of the blue.',
    severity: 'moderate',
    kinds: ['tech-support'],
    guides: ['tech-support-scam'],
    match: {
      phrases: ['calling from microsoft', 'calling from windows', 'calling from apple', 'calling from your internet', 'calling from the technical',
        'from microsoft support', 'from windows support', 'microsoft corporation', 'windows technical department', 'your ip address',
        'your internet will be', 'your broadband will be'],
    },
    examples: {
      mustMatch: ['Hello, I am calling from Microsoft about your computer', 'We are calling from your internet provider, your internet will be cut off'],
      mustNotMatch: ['My friend works for Microsoft in Dublin', 'The internet was slow at the hotel'],
    },
  },
  {
    id: 'car-warranty-call',
    title: 'Says your car warranty has expired',
    explanation:
      'A call or text says your car\'s warranty is about to expire and pushes you to call now. These calls sell overpriced or fake cover. Check with your dealer using your own paperwork.',
    severity: 'moderate',
    kinds: ['car-warranty'],
    guides: ['tech-support-scam'],
    match: {
      phrases: ['warranty has expired', 'warranty is about to expire', 'warranty will expire', 'vehicle warranty',
        'auto warranty', 'extended warranty', 'car warranty', 'vehicle service contract', 'service contract', 'factory warranty', 'vehicle protection',
        'auto protection', 'vehicle coverage', 'warranty coverage', 'powertrain', 'car\'s warranty', 'vehicle\'s warranty',
        'auto coverage', 'car coverage', 'vehicle services department', 'dealer services', 'vehicle service department', 'vehicle protection plan',
        'regarding your vehicle', 'concerning your vehicle', 'regarding your car', 'concerning your car', 'close out your file', 'extended coverage',
        'manufacturer warranty', 'manufacturer\'s warranty', 'bumper to bumper', 'bumper-to-bumper', 'extend your coverage', 'extend the coverage',
        'reinstate your coverage', 'reactivate your coverage', 'mechanical breakdown', 'warranty department', 'warranty dept', 'warranty services',
        'warranty service center', 'vehicle recall', 'open recall', 'coverage on your vehicle', 'coverage for your vehicle', 'no longer covered',
        'vehicle is no longer', 'costly repairs', 'expensive repairs', 'extend your plan', 'vehicle owner', 'vehicle owners'],
      patterns: [
        { regex: '\\b(?:car|vehicle|auto|automobile|truck)\\b[^.!?\\n]{0,40}\\bwarrant', literal: 'warrant' },
        { regex: '\\bwarrant[^.!?\\n]{0,40}\\b(?:car|vehicle|auto|automobile|truck)\\b', literal: 'warrant' },
        { regex: "\\b(?:car|vehicle|auto|automobile|truck|ford|toyota|honda|chevy|chevrolet|nissan|dodge|jeep|hyundai|kia)(?:'s)?\\b[^.!?\\n]{0,60}service plan", literal: 'service plan' },
        { regex: "\\b(?:car|vehicle|auto|automobile|truck|ford|toyota|honda|chevy|chevrolet|nissan|dodge|jeep|hyundai|kia)(?:'s)?\\b[^.!?\\n]{0,60}service agreement", literal: 'service agreement' },
        { regex: "\\b(?:car|vehicle|auto|automobile|truck|ford|toyota|honda|chevy|chevrolet|nissan|dodge|jeep|hyundai|kia)(?:'s)?\\b[^.!?\\n]{0,60}extended service", literal: 'extended service' },
        { regex: "\\b(?:car|vehicle|auto|automobile|truck|ford|toyota|honda|chevy|chevrolet|nissan|dodge|jeep|hyundai|kia)(?:'s)?\\b[^.!?\\n]{0,60}protection plan", literal: 'protection plan' },
        { regex: "\\b(?:car|vehicle|auto|automobile|truck|ford|toyota|honda|chevy|chevrolet|nissan|dodge|jeep|hyundai|kia)(?:'s)?\\b[^.!?\\n]{0,60}coverage", literal: 'coverage' },
      ],
    },
    examples: {
      mustMatch: ['We are calling about your car\'s extended warranty. Press 1', 'Final notice: your vehicle warranty is about to expire'],
      mustNotMatch: ['The washing machine is still under warranty, phew', 'I took the car in for its service'],
    },
  },
  {
    id: 'car-warranty-pressure',
    title: 'Car warranty warning that pushes you to call now',
    explanation:
      'The car-warranty message pushes you to call or press a key today. Pressure plus an unexpected warranty claim is the mark of these robocalls and texts.',
    severity: 'strong',
    kinds: ['car-warranty'],
    guides: ['tech-support-scam'],
    match: { combination: { allOf: ['car-warranty-call'], anyOf: ['call-us-words', 'urgency-words', 'press-key-to-speak', 'has-phone-number', 'automated-call-words', 'reply-keyword'] } },
    examples: {
      mustMatch: ['Your vehicle warranty is about to expire. Call now to keep cover', 'Extended warranty final notice: press 1 to speak to an agent'],
      mustNotMatch: ['Is the car still under factory warranty?', 'The extended warranty on the fridge was worth it'],
    },
  },
  {
    id: 'compensation-claim-offer',
    title: 'Offers compensation or a payout out of the blue',
    explanation:
      'A text or call says you may be owed compensation for an accident, an injury or a lawsuit you were never part of, and asks you to call back. These are claims farms or scams after your personal details.',
    severity: 'strong',
    kinds: ['lawsuit-settlement'],
    guides: ['prize-lottery-win'],
    match: {
      phrases: ['eligible for compensation', 'compensation for your', 'on your injury', 'injury claim', 'accident claim', 'payout', 'settlement',
        'class action', 'you may be eligible', 'owed compensation', 'you could be owed', 'entitled to compensation', 'mis-sold',
        'missold', 'car finance claim', 'ppi claim', 'start your claim', 'file your claim', 'make a claim', 'you could claim', 'lawsuit',
        'lawsuits', 'legal claim', 'mass tort', 'were injured', 'if you were injured', 'law firm', 'attorney'],
      combination: { anyOf: ['gives-contact', 'money-amount'] },
    },
    examples: {
      mustMatch: ['You may be eligible for compensation for your accident. Call us back on 1-877-555-0166', 'Class action settlement: you could be owed $3,000. See https://claims-now.info'],
      mustNotMatch: ['The settlement of the house sale is next week', 'Did you get compensation for the delayed flight?'],
    },
  },
  {
    id: 'mass-claim-topic',
    title: 'Mass injury or "toxic exposure" claim pitch',
    explanation:
      'The message pitches a claim for a well-known mass lawsuit or exposure (contaminated water, a weedkiller, a hair product) to people who never asked. These texts collect your medical and personal details for claim farms, or worse.',
    severity: 'moderate',
    kinds: ['lawsuit-settlement'],
    guides: ['prize-lottery-win'],
    match: {
      phrases: ['camp lejeune', 'hair relaxer', 'roundup', 'talc', 'mesothelioma', 'toxic water', 'contaminated water', 'water contamination',
        'mass tort', 'injury claim', 'may qualify for compensation', 'you may qualify', 'qualify for a settlement', 'cash settlement',
        'significant compensation', 'if you or a loved one', 'you or a loved one', 'were you diagnosed', 'diagnosed with cancer',
        'accident in the last', 'accident in the past'],
    },
    examples: {
      mustMatch: ['If you or a loved one was exposed to contaminated water you may qualify for compensation', 'Injury claim: were you in an accident in the last 3 years?'],
      mustNotMatch: ['My cousin is a lawyer in Leeds', 'The water was cold at the beach'],
    },
  },
  {
    id: 'miracle-product-offer',
    title: 'Miracle weight-loss or health offer',
    explanation:
      'An unsolicited text promising fast weight loss, a cure or a "free trial" usually leads to a page that takes your card and signs you up to a costly subscription.',
    severity: 'moderate',
    kinds: ['subscription-trap'],
    guides: ['prize-lottery-win'],
    match: {
      phrases: ['lose weight', 'weight loss', 'burn fat', 'keto', 'miracle', 'free trial', 'no cost', 'anti-aging'],
      patterns: ['pounds', 'lbs', 'kilos'].map((unit) => ({ regex: `\\b(?:lose|drop|shed) (?:\\d+|[a-z]+) ${unit}\\b`, literal: unit })),
      combination: { anyOf: ['has-link', 'free-gift-no-catch', 'urgency-words'] },
    },
    examples: {
      mustMatch: ['Lose weight fast with this miracle pill! Free trial: http://slim-fast-now.top', 'Burn fat in 10 days, try it at no cost: bit.ly/3slim'],
      mustNotMatch: ['I want to lose weight before the wedding', 'Free trial lesson at the dance school on Monday, want to come?'],
    },
  },
];
