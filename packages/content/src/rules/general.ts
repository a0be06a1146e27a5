// Signs that cut across scam types: a brand with pressure and a foreign link, generic greetings,
// requests for personal details, and the classic "urgent + link + verify" shape.
import type { RuleInput } from '@redflags/schema';

const guides = ['account-problem-message'];

export const generalRules: RuleInput[] = [
  {
    id: 'brand-pressure-unofficial-link',
    sign: 'suspicious-link',
    title: 'Company name, pressure and a link to another website',
    explanation:
      'The message names a well-known company, pushes you to act quickly or says something is wrong, and links to a website the company does not own. Together these are the clearest sign of a fake message. Open the company\'s app or type its address yourself.',
    severity: 'strong',
    kinds: ['phishing'],
    guides,
    match: {
      combination: { allOf: ['link-unofficial-domain-for-named-brand'], anyOf: ['urgency-words', 'account-problem-words', 'payment-problem-words', 'verify-request-words', 'prize-words'] },
    },
    examples: {
      mustMatch: [
        'Amazon: your account is on hold. Verify within 24 hours at https://acct-review-center.com',
        'PayPal: act now to restore your account http://restore-now.info/pp',
      ],
      mustNotMatch: [
        'Amazon: your account is on hold. Sign in at https://www.amazon.com to review it.',
        'I bought it on Amazon, here is the photo: https://photos.example.com/p1',
      ],
    },
  },
  {
    id: 'urgent-link-verify',
    sign: 'pressure-to-act',
    title: 'Urgent request to click and confirm details',
    explanation:
      'The message rushes you to open a link and confirm or update something. Pressure plus a link is how most phishing texts work. Slow down and reach the organisation your own way.',
    severity: 'moderate',
    kinds: ['phishing'],
    guides,
    match: { combination: { allOf: ['urgency-words', 'has-link', 'verify-request-words'] } },
    examples: {
      mustMatch: ['Final notice: confirm your details immediately at http://details-check.info', 'Update your information within 24 hours: https://bit.ly/3upd8'],
      mustNotMatch: ['Please confirm you can come to the party: https://invite.example.com', 'Final notice: the library book is due back tomorrow'],
    },
  },
  {
    id: 'link-with-two-pressure-signs',
    sign: 'pressure-to-act',
    title: 'A link together with several warning words',
    explanation:
      'The message gives a link and also uses several of the words scam messages rely on: a problem, a prize, a payment or a deadline. Do not open the link; check with the organisation in your own way.',
    severity: 'moderate',
    kinds: ['phishing'],
    guides,
    match: {
      combination: {
        allOf: ['has-link'],
        anyOf: ['verify-request-words', 'account-problem-words', 'payment-problem-words', 'delivery-problem-words', 'prize-words', 'not-you-words',
          'urgency-words', 'claim-words'],
        minAnyOf: 2,
      },
    },
    examples: {
      mustMatch: ['Claim your voucher today at https://voucher-now.top', 'Payment failed: verify your card at http://pay-check.info'],
      mustNotMatch: ['Photos from today: https://photos.example.com/abc', 'Here is the recipe: https://food.example.com/soup'],
    },
  },
  {
    id: 'link-with-scam-topic',
    sign: 'suspicious-link',
    title: 'An unfamiliar link in a message about an account, a payment, a prize or a parcel',
    explanation:
      'The message gives a link that is shortened, ends in a random code or goes to an unusual website, and talks about one of the subjects scam texts use most: an account problem, a payment or charge, a refund, a prize or a parcel. On its own this is a small sign, since real companies write about these things too. Do not open the link: go to the company\'s app or website yourself.',
    severity: 'weak',
    kinds: ['phishing'],
    guides,
    match: {
      combination: {
        allOf: ['unfamiliar-link'],
        anyOf: ['account-problem-words', 'payment-problem-words', 'prize-words', 'refund-offer-words', 'delivery-problem-words', 'charge-words'],
      },
    },
    examples: {
      mustMatch: ['Your account is on hold: https://bit.ly/3acct', 'Your order receipt: https://shop-receipts.top/r8k2q'],
      mustNotMatch: ['Here are the photos: https://photos.example.com/abc', 'Your payment was received, see https://www.example.com/help'],
    },
  },
  {
    id: 'charge-with-contact',
    sign: 'activity-you-did-not-do',
    title: 'A payment or charge with a number to call about it',
    explanation:
      'The message reports a payment or charge and gives a number or link to query or cancel it. If you do not recognise it, check your account in the bank\'s or company\'s app, not through the message.',
    severity: 'moderate',
    kinds: ['fake-charge'],
    guides: ['amazon-fraud-prevention-call', 'bank-fraud-team-call'],
    match: { combination: { allOf: ['charge-words', 'money-amount'], anyOf: ['has-phone-number', 'call-us-words'] } },
    examples: {
      mustMatch: ['Your payment of $499.99 for antivirus renewal is processed. Queries: 1-808-555-0193', 'Purchase of $89 approved. Queries: call us on +1 212 555 0142'],
      mustNotMatch: ['Your payment of $20 for the tickets arrived, thanks!', 'I made a purchase of $40 at the market'],
    },
  },
  {
    id: 'loan-or-credit-offer',
    sign: 'unasked-for-offer',
    title: 'Unexpected loan, credit or debt-relief offer',
    explanation:
      'An unexpected offer of a pre-approved loan, debt relief or a credit fix usually leads to an upfront fee or a form that collects your bank details.',
    severity: 'moderate',
    kinds: ['prize'],
    guides: ['prize-lottery-win'],
    match: {
      phrases: ['pre-approved', 'preapproved', 'you qualify for', 'loan approved', 'low interest loan', 'debt relief', 'debt forgiveness',
        'cash advance', 'get approved', 'instant loan', 'bad credit', 'credit score boost', 'loan offer', 'loan forgiveness',
        'student loan', 'forgiveness program', 'qualify for forgiveness', 'loan for any purpose', 'refused a loan', 'previously refused',
        'can\'t get credit', 'cant get credit', 'cannot get credit', 'secured or unsecured', 'unsecured loan', 'tenants welcome',
        'borrow up to', 'loans from', 'loans of up to', 'loan of up to', 'quick loan', 'fast loan', 'payday loan', 'cash loan', 'no credit check',
        'guaranteed approval', 'instant approval', 'no guarantor', 'loan is ready', 'loan has been approved', 'approved for a loan',
        'eligible for a loan', 'need cash fast', 'need a loan'],
      combination: { anyOf: ['gives-contact', 'money-amount', 'urgency-words'] },
    },
    examples: {
      mustMatch: ['You are pre-approved for a $5,000 loan. Apply now: https://fastloan.top', 'Debt relief program: cut your debt in half, call 1-800-555-0111'],
      mustNotMatch: ['Our mortgage was pre-approved, we can make an offer!', 'I have bad credit so the bank said no'],
    },
  },
  {
    id: 'email-to-text-gateway',
    sign: 'hidden-sender',
    title: 'Text sent from an e-mail address through a gateway',
    explanation:
      'The text shows signs of being sent from an e-mail account through a text gateway ("FRM:", "SUBJ:"). Banks, couriers and shops send texts from registered numbers or names, not like this.',
    severity: 'moderate',
    kinds: ['phishing'],
    guides,
    match: {
      patterns: [
        { regex: '\\bfrm:', literal: 'frm:' },
        { regex: '\\bsubj:', literal: 'subj:' },
      ],
    },
    examples: {
      mustMatch: ['FRM:alerts SUBJ:notice MSG:your account', 'frm: support@mail.example msg: verify now'],
      mustNotMatch: ['From: Mum. Msg: dinner at 6', 'FreeMsg: your bill is ready'],
    },
  },
  {
    id: 'premium-text-prize-spam',
    sign: 'money-you-did-not-expect',
    title: 'Prize text with premium-rate reply codes',
    explanation:
      'The text offers a prize or cash and asks you to text a keyword to a short number or call a premium line. Each message or minute can cost you, and the prize rarely exists.',
    severity: 'moderate',
    kinds: ['prize'],
    guides: ['prize-lottery-win'],
    match: {
      // "T&Cs apply" and "txt" alone are in every shop's loyalty texts and in friends' chat: the premium signs are the codes and prices.
      phrases: ['free entry', 'claim code', 'per msg', '150p', 'po box', 'pobox', 'valid 12hrs', 'attempt to contact you',
        'your mobile number has won', 'mobile no', 'text win', 'landline'],
      combination: { anyOf: ['prize-words', 'money-amount', 'keyword-to-short-code'] },
    },
    examples: {
      mustMatch: ['FREE entry to win £1000 cash! Txt WIN to 80086 now. T&Cs apply', 'Final attempt to contact you: you have won a prize, call 09061234567'],
      mustNotMatch: ['Txt me when you are home', 'Text STOP to 80086 to stop these offers',
        'Double points on fresh fruit this weekend. T&Cs apply. Reply STOP to opt out.'],
    },
  },
  {
    id: 'photo-or-video-lure',
    sign: 'suspicious-link',
    title: '"Is this you?", voicemail or shared-file link',
    explanation:
      'A message says there is a photo or video of you, a voicemail or a shared file, and gives a link. It plays on curiosity or worry; the page asks you to sign in and steals your password.',
    severity: 'moderate',
    kinds: ['account-takeover'],
    guides,
    match: {
      phrases: ['photos of you', 'photo of you', 'pictures of you', 'is this you', 'is that you', 'video of you', 'look at this video',
        'look who died', 'you are in this video', 'you\'re in this video', 'check out these photos', 'check this out', 'new voicemail',
        'voice message', 'listen here', 'missed call from', 'shared a document', 'shared a file', 'sent you a document', 'been leaked',
        'were leaked', 'was leaked', 'photos leaked', 'pictures leaked', 'video leaked', 'leaked online', 'posted online', 'uploaded online',
        'private video of you', 'private photos of you', 'your private pictures', 'your private photos', 'shared a file with you',
        'shared with you', 'has shared', 'sent you a file', 'review document', 'view document', 'review the document', 'view the document',
        'secure document', 'encrypted message', 'secure message', 'pending document', 'documents to sign', 'document to sign'],
      combination: { anyOf: ['has-link'] },
    },
    examples: {
      mustMatch: ['Is this you in this video? https://vid-share.top/v', 'Check out these photos of you lol: photos-view.net/a'],
      mustNotMatch: ['Is this you in the school photo? Ha, so cute', 'I have photos of you from the wedding, will print them'],
    },
  },
  {
    id: 'gossip-lure-odd-link',
    sign: 'suspicious-link',
    title: 'Shocking news or gossip behind a shortened or odd link',
    explanation:
      'The message teases shocking news ("did you hear what happened to…", "you won\'t believe…") and sends you to a shortened link, a link ending in a random code or a cheap web address. Curiosity is the bait: the page installs something harmful or asks you to sign in. Do not open it; look the news up yourself.',
    severity: 'moderate',
    kinds: ['phishing'],
    guides,
    match: {
      phrases: ['did you hear what happened', 'did you hear about', 'did you see what happened', 'you won\'t believe', 'you will not believe',
        'can\'t believe what happened', 'shocking news', 'breaking news', 'look what happened', 'see what happened', 'what happened to'],
      combination: { anyOf: ['unfamiliar-link'] },
    },
    examples: {
      mustMatch: ['OMG did you hear what happened to Tom? bit.ly/3tomnews', 'You won\'t believe this video: http://vid-news.top/x'],
      mustNotMatch: ['Did you hear what happened to Tom? Call me', 'Breaking news on the BBC: https://www.bbc.co.uk/news'],
    },
  },
  {
    id: 'scam-topic-with-contact',
    sign: 'call-its-number',
    title: 'A typical scam story with a way to respond straight away',
    explanation:
      'The message tells one of the stories scammers use most (a prize, a claim, a blocked account, a warranty, a new friend) and gives you a link, a number or a reply word to act on it at once. Take your time, and contact the organisation or person in a way you already trust.',
    severity: 'moderate',
    kinds: ['phishing'],
    guides,
    match: {
      combination: {
        allOf: ['gives-contact'],
        anyOf: ['romance-opener', 'wrong-number-opener', 'mass-claim-topic', 'car-warranty-call', 'tech-support-warning', 'brand-account-problem-claim',
          'benefit-or-grant-offer', 'prize-you-won', 'job-unsolicited-offer', 'boss-request-words', 'loan-or-credit-offer', 'congratulations-prize',
          'survey-reward', 'account-will-be-closed', 'bank-card-blocked', 'delivery-address-update', 'delivery-fee-requested', 'caller-says-from-tech-company',
          'arrest-or-legal-threat', 'stock-tip-spam', 'miracle-product-offer', 'advance-fee-story', 'bank-details-change-request'],
      },
    },
    examples: {
      mustMatch: ['Your vehicle warranty is about to expire, reply YES for a quote', 'You have won a holiday! Details: https://holiday-win.top'],
      mustNotMatch: ['Your warranty card is in the box', 'We won the match! Photos: https://photos.example.com/m'],
    },
  },
  {
    id: 'generic-greeting',
    sign: 'account-problem',
    title: 'Addresses you as "Dear customer" rather than by name',
    explanation:
      'The message does not use your name. Companies you deal with usually know it; mass scam messages do not. On its own this proves nothing.',
    severity: 'weak',
    // A building block only: on the labelled messages most of its hits were harmless (S/O 0.25).
    scored: false,
    kinds: ['phishing'],
    guides,
    match: {
      phrases: ['dear customer', 'dear valued customer', 'dear user', 'dear member', 'dear sir', 'dear madam', 'dear client', 'dear account holder',
        'dear beneficiary', 'dear winner', 'hi dear', 'dear friend', 'dear applicant', 'dear subscriber', 'valued customer'],
    },
    examples: {
      mustMatch: ['Dear Customer, your account needs attention', 'Hi dear, I have an offer for you'],
      mustNotMatch: ['Dear Priya, thanks for your letter', 'Hi Tom, see you tomorrow'],
    },
  },
  {
    id: 'personal-details-requested',
    sign: 'asks-for-passwords-or-card',
    title: 'Asks for personal identity details',
    explanation:
      'The message asks for details such as your Social Security or National Insurance number, date of birth or passport. Those let criminals open accounts in your name. Never send them in reply to a message.',
    severity: 'moderate',
    kinds: ['account-takeover', 'government-impersonation'],
    guides: ['government-tax-impersonation', 'account-problem-message'],
    match: {
      patterns: ['social security number', 'ssn', 'national insurance', 'date of birth', 'passport', 'maiden name', 'driving licence', "driver's license"].map(
        (detail) => ({
          regex: `(?:^|[.!?,:;] ?|\\b(?:please|kindly|must|to|and|then|now|immediately) )(?:send|give|provide|confirm|enter|verify|reply with|update)\\b[^.!?\\n]{0,30}\\b${detail}`,
          literal: detail,
        }),
      ),
    },
    examples: {
      mustMatch: ['To receive your refund, confirm your date of birth and Social Security number', 'Reply with your passport number and your date of birth'],
      mustNotMatch: ['Bring your passport to the airport', 'Never give your National Insurance number to callers'],
    },
  },
  {
    id: 'reply-stop-marketing-with-link',
    sign: 'unasked-for-offer',
    title: 'Offer from an unknown sender with a link and "reply STOP"',
    explanation:
      'The message is an offer from a sender it does not name clearly, with a link and a "reply STOP" line to look legitimate. Replying confirms your number is active.',
    severity: 'weak',
    kinds: ['prize', 'subscription-trap'],
    guides: ['prize-lottery-win'],
    match: {
      phrases: ['reply stop', 'text stop', 'stop to opt out', 'stop to stop', 'reply end', 'stop to end', 'stop2end', 'opt-out', 'opt out'],
      combination: { allOf: ['has-link'], anyOf: ['prize-words', 'job-offer-words', 'free-gift-no-catch', 'account-problem-words'] },
    },
    examples: {
      mustMatch: ['You have been selected for a reward! https://bit.ly/3rwd Reply STOP to opt out', 'Hiring now, $300 a day: https://jobs-now.top Text STOP to end'],
      mustNotMatch: ['Your table is booked for 7pm. Reply STOP to opt out', 'Sale ends Sunday. Reply STOP to opt out'],
    },
  },
];
