// Where to report a scam, by country, channel and what happened. Links and numbers are the official ones;
// "your bank" entries come first wherever money or banking details are at stake, because speed matters most there.
import type { ReportingBodyInput } from '@redflags/schema';

const allChannels: ReportingBodyInput['channels'] = ['call', 'text', 'email', 'social', 'web'];
const harmDone: ReportingBodyInput['situations'] = ['lost-money', 'gave-credentials', 'remote-access'];

/** The same first step in every country: the bank, on a number you already trust. */
function yourBank(country: ReportingBodyInput['country'], link: string, extra: string, phone?: string): ReportingBodyInput {
  return {
    id: `your-bank-${country}`,
    country,
    name: 'Your bank or card provider',
    whatToReport:
      'If you paid, gave card or bank details, shared a one-time code or let someone onto your device, call your bank now. ' +
      'Use the number on the back of your card or in your banking app, not a number from the message. ' +
      `Ask them to stop or recall the payment and to block your card. ${extra}`,
    channels: allChannels,
    situations: harmDone,
    link,
    ...(phone ? { phone } : {}),
    order: 0,
  };
}

export const reportingBodies: ReportingBodyInput[] = [
  // United States
  yourBank('us', 'https://consumer.ftc.gov/articles/what-do-if-you-were-scammed', 'If you paid with a gift card, call the company that issued the card as well.'),
  {
    id: 'reportfraud-ftc',
    country: 'us',
    name: 'Federal Trade Commission (ReportFraud.ftc.gov)',
    whatToReport:
      'Report any scam call, text, email, social media message or website, whether or not you lost money. ' +
      'Say who contacted you, how, what they asked for, and any payment you made. Reports help law enforcement spot and stop scams.',
    channels: allChannels,
    situations: ['lost-money', 'gave-credentials', 'remote-access', 'received-only'],
    link: 'https://reportfraud.ftc.gov/',
    phone: '1-877-382-4357',
    order: 10,
  },
  {
    id: 'identitytheft-gov',
    country: 'us',
    name: 'IdentityTheft.gov (Federal Trade Commission)',
    whatToReport:
      'If you gave your Social Security number, a password, bank details or a code, get a recovery plan here: ' +
      'it tells you which accounts to lock, how to place a fraud alert, and builds the report you need.',
    channels: allChannels,
    situations: ['gave-credentials', 'remote-access'],
    link: 'https://www.identitytheft.gov/',
    order: 15,
  },
  {
    id: 'fbi-ic3',
    country: 'us',
    name: 'FBI Internet Crime Complaint Center (IC3)',
    whatToReport:
      'Report online crime: money lost through a website, email, social media, a crypto or investment scheme, ' +
      'or a scammer who took control of your computer. Keep receipts, wallet addresses and messages to attach.',
    channels: ['email', 'social', 'web', 'text'],
    situations: ['lost-money', 'remote-access', 'gave-credentials'],
    link: 'https://www.ic3.gov/',
    order: 20,
  },
  {
    id: 'forward-texts-7726-us',
    country: 'us',
    name: 'Your mobile network (forward texts to 7726)',
    whatToReport:
      'Forward the scam text to 7726 (it spells SPAM). Your network uses it to block the sender. This is free, and you can do it even if you did nothing else.',
    channels: ['text'],
    situations: ['received-only', 'lost-money', 'gave-credentials'],
    link: 'https://consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages',
    phone: '7726',
    order: 30,
  },
  {
    id: 'impersonated-organisation-us',
    country: 'us',
    name: 'The company or agency the scammer pretended to be',
    whatToReport:
      'Tell the real organisation, using contact details from its own website or your statements, never from the message. ' +
      'Many have a page or an address for reporting fake messages (for example the IRS takes phishing at phishing@irs.gov).',
    channels: allChannels,
    situations: ['lost-money', 'gave-credentials', 'remote-access', 'received-only'],
    link: 'https://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams',
    order: 40,
  },

  // United Kingdom
  yourBank('uk', 'https://www.stopscamsuk.org.uk/', 'You can also call 159, which connects you safely to most UK banks.', '159'),
  {
    id: 'action-fraud',
    country: 'uk',
    nations: ['england', 'wales', 'northern-ireland'],
    name: 'Action Fraud',
    whatToReport:
      'If you live in England, Wales or Northern Ireland and you lost money, gave your details or let someone onto your device, report it here online or by phone. ' +
      'You get a crime reference number, which your bank may ask for.',
    channels: allChannels,
    situations: harmDone,
    link: 'https://www.actionfraud.police.uk/',
    phone: '0300 123 2040',
    order: 10,
  },
  {
    id: 'police-scotland',
    country: 'uk',
    nations: ['scotland'],
    name: 'Police Scotland',
    whatToReport:
      'If you live in Scotland and you lost money, gave your details or let someone onto your device, call Police Scotland on 101. ' +
      'Call 999 if you are in danger or a crime is happening now.',
    channels: allChannels,
    situations: harmDone,
    link: 'https://www.scotland.police.uk/',
    phone: '101',
    order: 10,
  },
  {
    id: 'forward-texts-7726-uk',
    country: 'uk',
    name: 'Your mobile network (forward texts to 7726)',
    whatToReport:
      'Forward the scam text to 7726. It is free. Your network may ask for the sender\'s number; send that too. ' +
      'This helps block the sender for everyone.',
    channels: ['text'],
    situations: ['received-only', 'lost-money', 'gave-credentials', 'remote-access'],
    link: 'https://www.gov.uk/report-suspicious-emails-websites-phishing',
    phone: '7726',
    order: 20,
  },
  {
    id: 'report-phishing-gov-uk',
    country: 'uk',
    name: 'National Cyber Security Centre (report@phishing.gov.uk)',
    whatToReport:
      'Forward scam emails to report@phishing.gov.uk, and report scam websites on the GOV.UK page. ' +
      'The NCSC takes down the sites and addresses behind them.',
    channels: ['email', 'web'],
    situations: ['received-only', 'lost-money', 'gave-credentials', 'remote-access'],
    link: 'https://www.gov.uk/report-suspicious-emails-websites-phishing',
    order: 20,
  },

  // Australia
  yourBank('au', 'https://www.scamwatch.gov.au/', 'Ask your bank to help you recover the money if you can.'),
  {
    id: 'scamwatch',
    country: 'au',
    name: 'Scamwatch (National Anti-Scam Centre)',
    whatToReport:
      'Report any scam call, text, email, social media message or website, even if you lost nothing. ' +
      'Reports are used to warn others and to disrupt scams.',
    channels: allChannels,
    situations: ['lost-money', 'gave-credentials', 'remote-access', 'received-only'],
    link: 'https://www.scamwatch.gov.au/report-a-scam',
    order: 10,
  },
  {
    id: 'reportcyber',
    country: 'au',
    name: 'ReportCyber (Australian Cyber Security Centre)',
    whatToReport:
      'Report cybercrime to police here: money lost online, a hacked account, or someone who took control of your computer.',
    channels: ['email', 'social', 'web', 'text'],
    situations: harmDone,
    link: 'https://www.cyber.gov.au/report-and-recover/report',
    order: 20,
  },
  {
    id: 'idcare',
    country: 'au',
    name: 'IDCARE',
    whatToReport:
      'If you gave your personal details, passwords or identity documents, IDCARE helps you make a plan to protect your identity. Free service.',
    channels: allChannels,
    situations: ['gave-credentials', 'remote-access'],
    link: 'https://www.idcare.org/',
    phone: '1800 595 160',
    order: 30,
  },

  // Canada
  yourBank('ca', 'https://antifraudcentre-centreantifraude.ca/', 'Then report it to your local police.'),
  {
    id: 'canadian-anti-fraud-centre',
    country: 'ca',
    name: 'Canadian Anti-Fraud Centre',
    whatToReport:
      'Report any scam call, text, email, social media message or website, whether or not you lost money.',
    channels: allChannels,
    situations: ['lost-money', 'gave-credentials', 'remote-access', 'received-only'],
    link: 'https://antifraudcentre-centreantifraude.ca/',
    phone: '1-888-495-8501',
    order: 10,
  },
  {
    id: 'forward-texts-7726-ca',
    country: 'ca',
    name: 'Your mobile network (forward texts to 7726)',
    whatToReport: 'Forward the scam text to 7726 (SPAM). Canadian networks use it to block the sender.',
    channels: ['text'],
    situations: ['received-only', 'lost-money', 'gave-credentials'],
    link: 'https://antifraudcentre-centreantifraude.ca/',
    phone: '7726',
    order: 20,
  },

  // Everywhere else
  yourBank('other', 'https://www.econsumer.gov/', 'Then report it to your local police.'),
  {
    id: 'local-police',
    country: 'other',
    name: 'Your local police',
    whatToReport:
      'If you lost money, gave your details or let someone onto your device, report it to your local police. ' +
      'Keep the messages, numbers and payment receipts to show them.',
    channels: allChannels,
    situations: harmDone,
    link: 'https://www.interpol.int/Who-we-are/Member-countries',
    order: 10,
  },
  {
    id: 'impersonated-organisation',
    country: 'other',
    name: 'The organisation the scammer pretended to be',
    whatToReport:
      'Tell the real organisation, using contact details you find yourself on its own website or your statements, never the ones in the message.',
    channels: allChannels,
    situations: ['lost-money', 'gave-credentials', 'remote-access', 'received-only'],
    link: 'https://www.econsumer.gov/',
    order: 20,
  },
  {
    id: 'econsumer-gov',
    country: 'other',
    name: 'econsumer.gov',
    whatToReport:
      'Report scams involving a business or website in another country. Consumer protection agencies from many countries share these reports.',
    channels: ['email', 'web', 'social', 'text', 'call'],
    situations: ['lost-money', 'gave-credentials', 'received-only'],
    link: 'https://www.econsumer.gov/',
    order: 30,
  },
];
