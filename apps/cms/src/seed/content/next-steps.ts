// What to do now, for each country and answer to "What has happened so far?" (issue 14). Written
// here in our own words from the official advice named in each record's sources; where to report
// comes from reporting-bodies.ts. Short on purpose: the steps people must take first, action first.
import type { NextStepsInput } from '@redflags/schema';

type Step = NextStepsInput['steps'][number];
type Source = NextStepsInput['sources'][number];

const FTC_SCAMMED: Source = { title: 'FTC: What to do if you were scammed', url: 'https://consumer.ftc.gov/articles/what-do-if-you-were-scammed' };
const FTC_HACKED: Source = { title: 'FTC: How to recover your hacked email or social media account', url: 'https://consumer.ftc.gov/articles/how-recover-your-hacked-email-or-social-media-account' };
const FTC_TECH_SUPPORT: Source = { title: 'FTC: How to spot, avoid and report tech support scams', url: 'https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams' };
const FTC_PHISHING: Source = { title: 'FTC: How to recognize and avoid phishing scams', url: 'https://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams' };
const IDENTITY_THEFT_GOV: Source = { title: 'IdentityTheft.gov (Federal Trade Commission)', url: 'https://www.identitytheft.gov/' };
const GOV_UK_PHISHING: Source = { title: 'GOV.UK: Report suspicious emails, websites and text messages', url: 'https://www.gov.uk/report-suspicious-emails-websites-phishing' };
const OFCOM_SCAMS: Source = { title: 'Ofcom: Scam calls and messages', url: 'https://www.ofcom.org.uk/phones-and-broadband/scam-calls-and-messages/' };
const STOP_SCAMS_159: Source = { title: 'Stop Scams UK: call 159 to reach your bank', url: 'https://www.stopscamsuk.org.uk/' };
const ACTION_FRAUD: Source = { title: 'Action Fraud', url: 'https://www.actionfraud.police.uk/' };
const NCSC_HACKED_ACCOUNT: Source = { title: 'NCSC: Recovering a hacked account', url: 'https://www.ncsc.gov.uk/guidance/recovering-a-hacked-account' };
const NCSC_INFECTED_DEVICE: Source = { title: 'NCSC: How to recover an infected device', url: 'https://www.ncsc.gov.uk/guidance/hacked-device-action-to-take' };
const SCAMWATCH_SCAMMED: Source = { title: "Scamwatch: What to do if you've been scammed", url: 'https://www.scamwatch.gov.au/stay-protected/what-to-do-if-youve-been-scammed' };
const IDCARE: Source = { title: 'IDCARE', url: 'https://www.idcare.org/' };
const CYBER_GOV_AU: Source = { title: 'Australian Cyber Security Centre: Report and recover', url: 'https://www.cyber.gov.au/report-and-recover/report' };
const CAFC_VICTIM: Source = { title: "Canadian Anti-Fraud Centre: What to do if you're a victim", url: 'https://antifraudcentre-centreantifraude.ca/victim-victime/index-eng.htm' };
const GET_CYBER_SAFE: Source = { title: 'Get Cyber Safe (Government of Canada)', url: 'https://www.getcybersafe.gc.ca/' };
const ECONSUMER: Source = { title: 'econsumer.gov', url: 'https://www.econsumer.gov/' };

/** The first steps when nothing has happened yet; `check` says how to check with the real organisation there. */
function nothingYet(check: string): Step[] {
  return [
    { step: 'Hang up, and do not press a key or call back', channels: ['call'] },
    { step: 'Do not reply, and do not tap any link in it', detail: 'The link or number leads to the scammer, and a reply tells them your number or address works.', channels: ['text', 'email', 'social', 'web'] },
    { step: 'Block the sender, then delete the message', channels: ['text', 'social'] },
    { step: 'Check with the organisation yourself', detail: check },
  ];
}

/** The steps after sharing a password or a code, the same everywhere but for who to call. */
function accountRecovery(bank: string, extra: Step[] = []): Step[] {
  return [
    {
      step: 'Change the password of that account now',
      detail: 'Open the app, or type the web address yourself; never use a link from the message. Change it anywhere else you use the same password.',
    },
    { step: 'Sign out everywhere else and check the recovery details', detail: 'Log out all other devices, and make sure the recovery email and phone number are still yours: scammers add their own.' },
    { step: 'Turn on 2-step verification', detail: 'And never read out or forward a code sent to you: no real company or bank asks you to.' },
    { step: 'If the code came from your bank, call your bank now', detail: `${bank} A bank code can approve a payment or a new device.` },
    ...extra,
    { step: 'Warn your contacts if your email or social media was taken over', detail: 'Ask them to ignore messages "from you" asking for money or codes.' },
  ];
}

/** The steps after letting someone into a computer or phone. */
function deviceAccess(bank: string): Step[] {
  return [
    { step: 'Disconnect the device from the internet', detail: 'Turn off Wi-Fi or unplug the cable: the scammer loses the connection.' },
    { step: 'Remove the app they had you install', detail: 'Uninstall AnyDesk, TeamViewer or whatever they named, update the device and run a full security scan.' },
    { step: 'Change your passwords from another device', detail: 'Email and banking first, then the rest; turn on 2-step verification.' },
    { step: 'Call your bank if they could have seen your banking', detail: `${bank} Ask them to check for payments and new payees.` },
  ];
}

// The same words wherever the advice is the same, so a page listing every country can show the step once.
const BANK_NUMBER = 'Use the number on your card or statement.';
const US_BANK = BANK_NUMBER;
const UK_BANK = 'Use the number on your card, or call 159 to reach most UK banks safely.';
const AU_BANK = BANK_NUMBER;
const CA_BANK = BANK_NUMBER;
const OTHER_BANK = BANK_NUMBER;

export const nextSteps: NextStepsInput[] = [
  // United States
  {
    id: 'us-nothing-yet',
    country: 'us',
    happened: 'nothing-yet',
    steps: nothingYet('Use its app, a website address you type yourself, or the number on your card or statement, not the contact details in the message.'),
    sources: [FTC_PHISHING, FTC_SCAMMED],
  },
  {
    id: 'us-paid',
    country: 'us',
    happened: 'paid',
    steps: [
      { step: 'Call your bank or card company now', detail: `${US_BANK} Say the payment was a scam and ask them to stop or reverse it.` },
      { step: 'Paid with a gift card? Call the company that issued it', detail: 'Keep the card and the receipt; some companies can freeze the money if you are quick.' },
      { step: 'Sent a wire, an app payment or crypto? Contact that company', detail: 'Tell them it was a fraudulent transfer and ask them to reverse it. Crypto rarely comes back, but report it anyway.' },
      { step: 'Stop all contact, and watch for follow-up scams', detail: 'Anyone who offers to get your money back for a fee is another scammer.' },
    ],
    sources: [FTC_SCAMMED],
  },
  {
    id: 'us-gave-card-details',
    country: 'us',
    happened: 'gave-card-details',
    steps: [
      { step: 'Call your card company or bank now and cancel the card', detail: `${US_BANK} Ask for a new card and a check of recent charges.` },
      { step: 'Check your statements for charges you did not make', detail: 'Dispute any you do not recognise, and keep checking for a few months.' },
      { step: 'Gave your Social Security number too? Go to IdentityTheft.gov', detail: 'It makes a recovery plan. You can also freeze your credit for free at Equifax, Experian and TransUnion.' },
    ],
    sources: [FTC_SCAMMED, IDENTITY_THEFT_GOV],
  },
  {
    id: 'us-gave-code-or-password',
    country: 'us',
    happened: 'gave-code-or-password',
    steps: accountRecovery(US_BANK),
    sources: [FTC_HACKED, FTC_SCAMMED],
  },
  {
    id: 'us-gave-device-access',
    country: 'us',
    happened: 'gave-device-access',
    steps: deviceAccess(US_BANK),
    sources: [FTC_TECH_SUPPORT, FTC_SCAMMED],
  },

  // United Kingdom
  {
    id: 'uk-nothing-yet',
    country: 'uk',
    happened: 'nothing-yet',
    steps: nothingYet('Use its app, a website address you type yourself, or the number on your card. For your bank, you can call 159.'),
    sources: [GOV_UK_PHISHING, OFCOM_SCAMS, STOP_SCAMS_159],
  },
  {
    id: 'uk-paid',
    country: 'uk',
    happened: 'paid',
    steps: [
      { step: 'Call your bank now, or call 159', detail: `${UK_BANK} Ask them to stop or recall the payment.` },
      { step: 'Ask your bank for your money back', detail: 'Banks must refund most UK bank transfers you were tricked into making, up to £85,000, if you tell them within 13 months. Card payments can be disputed.' },
      { step: 'Report it to the police and keep the reference number', detail: 'Action Fraud in England, Wales and Northern Ireland; Police Scotland on 101. Your bank may ask for the number.' },
      { step: 'Watch for follow-up scams', detail: 'Anyone who offers to get your money back for a fee is another scammer.' },
    ],
    sources: [STOP_SCAMS_159, ACTION_FRAUD],
  },
  {
    id: 'uk-gave-card-details',
    country: 'uk',
    happened: 'gave-card-details',
    steps: [
      { step: 'Call your bank now, or call 159, and cancel the card', detail: `${UK_BANK} Ask for a new card and a check of recent payments.` },
      { step: 'Check your statements for payments you did not make', detail: 'Tell your bank at once: you are normally refunded for payments you did not agree to.' },
      { step: 'Hang up on calls "from your bank" about it', detail: 'Scammers with your card details often call next, pretending to be the fraud team. Call 159 instead.' },
    ],
    sources: [STOP_SCAMS_159, ACTION_FRAUD],
  },
  {
    id: 'uk-gave-code-or-password',
    country: 'uk',
    happened: 'gave-code-or-password',
    steps: accountRecovery(UK_BANK),
    sources: [NCSC_HACKED_ACCOUNT, STOP_SCAMS_159],
  },
  {
    id: 'uk-gave-device-access',
    country: 'uk',
    happened: 'gave-device-access',
    steps: deviceAccess(UK_BANK),
    sources: [NCSC_INFECTED_DEVICE, NCSC_HACKED_ACCOUNT],
  },

  // Australia
  {
    id: 'au-nothing-yet',
    country: 'au',
    happened: 'nothing-yet',
    steps: nothingYet('Use its app, a website address you type yourself, or the number on your card or statement, not the contact details in the message.'),
    sources: [SCAMWATCH_SCAMMED],
  },
  {
    id: 'au-paid',
    country: 'au',
    happened: 'paid',
    steps: [
      { step: 'Call your bank or card provider now', detail: `${AU_BANK} Ask them to stop the payment and any others.` },
      { step: 'Paid by gift card, money transfer or crypto? Contact that company', detail: 'Tell them it was a scam and ask them to stop or reverse the payment.' },
      { step: 'Call IDCARE for a free recovery plan', detail: '1800 595 160. If your bank does not help, you can complain to the Australian Financial Complaints Authority.' },
      { step: 'Stop sending money, and watch for follow-up scams', detail: 'Scammers often come back, some offering to recover your money for a fee.' },
    ],
    sources: [SCAMWATCH_SCAMMED, IDCARE],
  },
  {
    id: 'au-gave-card-details',
    country: 'au',
    happened: 'gave-card-details',
    steps: [
      { step: 'Call your bank or card provider now and cancel the card', detail: `${AU_BANK} Ask for a new card and a check of recent payments.` },
      { step: 'Check your statements for payments you did not make', detail: 'Report any at once, and keep checking for a few months.' },
      { step: 'Gave identity details too? Call IDCARE', detail: '1800 595 160, free: they help you protect your identity.' },
    ],
    sources: [SCAMWATCH_SCAMMED, IDCARE],
  },
  {
    id: 'au-gave-code-or-password',
    country: 'au',
    happened: 'gave-code-or-password',
    steps: accountRecovery(AU_BANK, [{ step: 'Call IDCARE for a free recovery plan', detail: '1800 595 160.' }]),
    sources: [SCAMWATCH_SCAMMED, CYBER_GOV_AU, IDCARE],
  },
  {
    id: 'au-gave-device-access',
    country: 'au',
    happened: 'gave-device-access',
    steps: deviceAccess(AU_BANK),
    sources: [CYBER_GOV_AU, SCAMWATCH_SCAMMED],
  },

  // Canada
  {
    id: 'ca-nothing-yet',
    country: 'ca',
    happened: 'nothing-yet',
    steps: nothingYet('Use its app, a website address you type yourself, or the number on your card or statement, not the contact details in the message.'),
    sources: [CAFC_VICTIM],
  },
  {
    id: 'ca-paid',
    country: 'ca',
    happened: 'paid',
    steps: [
      { step: 'Call your bank or card company now', detail: `${CA_BANK} Ask them to stop or reverse the payment.` },
      { step: 'Sent money some other way? Contact that company', detail: 'A money transfer company, a payment service or a gift card issuer: tell them it was fraud.' },
      { step: 'Keep everything', detail: 'Receipts, messages, numbers and dates: the police and the Canadian Anti-Fraud Centre will ask for them.' },
      { step: 'Watch for follow-up scams', detail: 'Anyone who offers to get your money back for a fee is another scammer.' },
    ],
    sources: [CAFC_VICTIM],
  },
  {
    id: 'ca-gave-card-details',
    country: 'ca',
    happened: 'gave-card-details',
    steps: [
      { step: 'Call your bank or card company now and cancel the card', detail: `${CA_BANK} Ask for a new card and a check of recent payments.` },
      { step: 'Check your statements for payments you did not make', detail: 'Report any at once, and keep checking for a few months.' },
      { step: 'Gave identity details too? Ask Equifax and TransUnion for a fraud alert', detail: 'Contact both: lenders then check it is really you before giving credit in your name.' },
    ],
    sources: [CAFC_VICTIM],
  },
  {
    id: 'ca-gave-code-or-password',
    country: 'ca',
    happened: 'gave-code-or-password',
    steps: accountRecovery(CA_BANK),
    sources: [GET_CYBER_SAFE, CAFC_VICTIM],
  },
  {
    id: 'ca-gave-device-access',
    country: 'ca',
    happened: 'gave-device-access',
    steps: deviceAccess(CA_BANK),
    sources: [GET_CYBER_SAFE, CAFC_VICTIM],
  },

  // Everywhere else
  {
    id: 'other-nothing-yet',
    country: 'other',
    happened: 'nothing-yet',
    steps: nothingYet('Use its app, a website address you type yourself, or the number on your card or statement, not the contact details in the message.'),
    sources: [ECONSUMER],
  },
  {
    id: 'other-paid',
    country: 'other',
    happened: 'paid',
    steps: [
      { step: 'Call your bank or card company now', detail: `${OTHER_BANK} Ask them to stop or reverse the payment.` },
      { step: 'Sent money some other way? Contact that company', detail: 'A money transfer company, a payment app, a gift card issuer or a crypto exchange: tell them it was fraud.' },
      { step: 'Report it to your local police', detail: 'Keep the messages, numbers and receipts to show them.' },
      { step: 'Watch for follow-up scams', detail: 'Anyone who offers to get your money back for a fee is another scammer.' },
    ],
    sources: [ECONSUMER],
  },
  {
    id: 'other-gave-card-details',
    country: 'other',
    happened: 'gave-card-details',
    steps: [
      { step: 'Call your bank or card company now and cancel the card', detail: `${OTHER_BANK} Ask for a new card and a check of recent payments.` },
      { step: 'Check your statements for payments you did not make', detail: 'Report any at once, and keep checking for a few months.' },
      { step: 'Hang up on calls "from your bank" about it', detail: 'Scammers with your card details often call next, pretending to be the fraud team. Call the number on your card instead.' },
    ],
    sources: [ECONSUMER],
  },
  {
    id: 'other-gave-code-or-password',
    country: 'other',
    happened: 'gave-code-or-password',
    steps: accountRecovery(OTHER_BANK),
    sources: [NCSC_HACKED_ACCOUNT, ECONSUMER],
  },
  {
    id: 'other-gave-device-access',
    country: 'other',
    happened: 'gave-device-access',
    steps: deviceAccess(OTHER_BANK),
    sources: [NCSC_INFECTED_DEVICE, ECONSUMER],
  },
];
