// Brands scammers imitate most, with the official domains and numbers that expose the imitation.
// Phone numbers are listed only where the brand publishes them and we are sure of them; a field is left
// empty rather than guessed. "neverAsks" repeats what each brand says about itself on its own help pages.
import type { BrandInput } from '@redflags/schema';

const bankNeverAsks = [
  'Never asks you to move your money to a "safe account" or a new account to protect it.',
  'Never asks for your full PIN or your online banking password.',
  'Never asks you to read out a one-time code to someone who called you.',
];

/** UK banks that answer on 159, the Stop Scams UK number that connects you to your own bank. */
const ukBankPhones = ['159'];

/** A bank: what every bank says it never asks for is the same, so only names, domains and numbers differ. */
function bank(id: string, name: string, aliases: string[], domains: string[], phones: string[] = []): BrandInput {
  return { id, name, aliases, domains, phones, neverAsks: bankNeverAsks };
}

export const brands: BrandInput[] = [
  {
    id: 'amazon',
    name: 'Amazon',
    aliases: ['amazon prime', 'prime video', 'amazon.com', 'amzn', 'amazn', 'amazom', 'amazone'],
    domains: [
      'amazon.com', 'amazon.co.uk', 'amazon.ca', 'amazon.com.au', 'amazon.de', 'amazon.fr', 'amazon.it',
      'amazon.es', 'amazon.nl', 'amazon.se', 'amazon.pl', 'amazon.in', 'amazon.co.jp', 'amazon.com.mx',
      'amazon.com.br', 'amazon.sg', 'amazon.ae', 'amazon.sa', 'amazon.com.tr', 'amazon.com.be',
      'amzn.to', 'a.co', 'primevideo.com', 'amazon.jobs',
    ],
    phones: ['+18882804331'],
    neverAsks: [
      'Never asks you to pay with gift cards, or to buy gift cards for it.',
      'Never asks for payment outside its own website or app.',
      'Never asks you to install software that gives it remote access to your computer or phone.',
      'Never calls to offer a refund you did not ask for.',
    ],
  },
  {
    id: 'apple',
    name: 'Apple',
    aliases: ['apple id', 'apple account', 'icloud', 'apple pay', 'apple support', 'itunes', 'app store'],
    domains: ['apple.com', 'icloud.com', 'me.com', 'mac.com', 'apple.co'],
    phones: ['+18002752273'],
    neverAsks: [
      'Never asks you to pay for anything with App Store or Apple gift cards other than Apple purchases.',
      'Never asks for your Apple Account password or a verification code by phone, text or email.',
    ],
  },
  {
    id: 'paypal',
    name: 'PayPal',
    aliases: ['paypal', 'pay pal', 'paypall', 'paypa1'],
    domains: ['paypal.com', 'paypal.me', 'paypal.co.uk', 'paypalobjects.com'],
    phones: ['+18882211161'],
    neverAsks: [
      'Never asks for your password, bank account or full card number in an email or text.',
      'Never asks you to send money or pay a fee to receive a refund or unlock your account.',
    ],
  },
  {
    id: 'netflix',
    name: 'Netflix',
    aliases: ['netflix', 'netflx', 'netfiix'],
    domains: ['netflix.com', 'netflix.net', 'nflxvideo.net', 'nflximg.net', 'nflxext.com'],
    phones: [],
    neverAsks: [
      'Never asks for your card details or password by text or email.',
      'Never asks you to pay through a website other than netflix.com.',
    ],
  },
  {
    id: 'microsoft',
    name: 'Microsoft',
    aliases: ['microsoft support', 'windows defender', 'microsoft windows', 'office 365', 'microsoft 365', 'xbox', 'msft'],
    domains: [
      'microsoft.com', 'live.com', 'outlook.com', 'hotmail.com', 'office.com', 'office365.com', 'microsoft365.com',
      'microsoftonline.com', 'windows.com', 'xbox.com', 'msn.com', 'bing.com', 'skype.com', 'sharepoint.com',
      'aka.ms', 'azure.com',
    ],
    phones: ['+18006427676'],
    neverAsks: [
      'Never makes unexpected calls or sends unexpected messages offering to fix your computer.',
      'Its real error and warning messages never include a phone number to call.',
      'Never asks to be paid in gift cards or cryptocurrency.',
    ],
  },
  {
    id: 'usps',
    name: 'USPS (United States Postal Service)',
    aliases: ['usps', 'u.s. postal service', 'us postal service', 'united states postal service', 'postal service'],
    domains: ['usps.com', 'uspis.gov'],
    phones: ['+18002758777'],
    neverAsks: [
      'Never texts or emails you without your asking for tracking first, and those texts carry no link.',
      'Never asks for a fee by text to redeliver a package.',
    ],
  },
  {
    id: 'royal-mail',
    name: 'Royal Mail',
    aliases: ['royal mail', 'royalmail', 'parcelforce'],
    domains: ['royalmail.com', 'royalmailgroup.com', 'parcelforce.com'],
    // Customer Services; the 0845 form is the older number still printed on many notices.
    phones: ['+443457740740', '+448457740740'],
    neverAsks: [
      'Never charges a fee to rearrange a delivery: redelivery is free.',
      'Tells you about a fee to pay with a grey "Fee to Pay" card through your door, which you can check at royalmail.com.',
    ],
  },
  {
    id: 'ups',
    name: 'UPS',
    aliases: ['ups', 'united parcel service'],
    domains: ['ups.com'],
    phones: ['+18007425877'],
    neverAsks: ['Never asks for payment or personal details in an unexpected text or email to release a package.'],
  },
  {
    id: 'fedex',
    name: 'FedEx',
    aliases: ['fedex', 'fed ex', 'federal express'],
    domains: ['fedex.com'],
    phones: ['+18004633339'],
    neverAsks: ['Never asks for payment or personal details in an unexpected text or email to release a package.'],
  },
  {
    id: 'dhl',
    name: 'DHL',
    aliases: ['dhl', 'dhl express'],
    domains: ['dhl.com', 'dhl.de', 'dhl.co.uk', 'dhlparcel.co.uk', 'dhlparcel.nl'],
    phones: [],
    neverAsks: ['Never asks for payment by gift card or money transfer to release a parcel.'],
  },
  {
    id: 'evri',
    name: 'Evri',
    aliases: ['evri', 'myhermes'],
    domains: ['evri.com', 'myhermes.co.uk'],
    phones: [],
    neverAsks: ['Never asks for a payment to redeliver a parcel.'],
  },
  {
    id: 'irs',
    name: 'IRS (Internal Revenue Service)',
    aliases: ['irs', 'internal revenue service', 'i.r.s.'],
    domains: ['irs.gov'],
    phones: ['+18008291040'],
    neverAsks: [
      'Never starts contact by text, email or social media to ask for personal or financial information.',
      'Never demands immediate payment by gift card, prepaid card, wire transfer or cryptocurrency.',
      'Never threatens to have you arrested by the police for not paying.',
    ],
  },
  {
    id: 'hmrc',
    name: 'HMRC (HM Revenue and Customs)',
    aliases: ['hmrc', 'hm revenue', 'revenue and customs', 'hm revenue and customs'],
    domains: ['gov.uk', 'hmrc.gov.uk'],
    phones: [],
    neverAsks: [
      'Never tells you about a tax refund by text or email with a link.',
      'Never threatens arrest, and never asks to be paid in gift cards or cryptocurrency.',
    ],
  },
  {
    id: 'ato',
    name: 'Australian Taxation Office (ATO)',
    aliases: ['ato', 'australian taxation office', 'australian tax office', 'mygov'],
    domains: ['ato.gov.au', 'my.gov.au'],
    phones: [],
    neverAsks: [
      'Never sends an unexpected text or email with a link to log in to its online services.',
      'Never asks to be paid with gift cards, prepaid cards or cryptocurrency.',
      'Never threatens immediate arrest.',
    ],
  },
  {
    id: 'cra',
    name: 'Canada Revenue Agency (CRA)',
    aliases: ['cra', 'canada revenue agency', 'canada revenue'],
    domains: ['canada.ca', 'cra-arc.gc.ca'],
    phones: ['+18009598281'],
    neverAsks: [
      'Never asks to be paid with gift cards, prepaid credit cards or cryptocurrency.',
      'Never threatens arrest or deportation.',
      'Never sends a link by text or email asking you to fill in personal details.',
    ],
  },
  {
    id: 'ssa',
    name: 'Social Security Administration (SSA)',
    aliases: ['social security', 'social security administration', 'ssa'],
    domains: ['ssa.gov', 'socialsecurity.gov'],
    phones: ['+18007721213'],
    neverAsks: [
      'Never suspends your Social Security number.',
      'Never threatens arrest or legal action unless you pay.',
      'Never asks for payment by gift card, wire transfer, cryptocurrency or cash by post.',
    ],
  },
  {
    id: 'ezpass',
    name: 'E-ZPass',
    aliases: ['e-zpass', 'ezpass', 'e zpass'],
    domains: ['e-zpassiag.com', 'e-zpassny.com', 'ezpassnj.com', 'ezpassva.com', 'ezpassmd.com', 'ezpassde.com'],
    phones: [],
    neverAsks: ['Never sends a text with a link demanding payment of an unpaid toll to avoid a fine.'],
  },
  {
    id: 'google',
    name: 'Google',
    aliases: ['google', 'gmail', 'google pay', 'google voice', 'youtube'],
    domains: ['google.com', 'google.co.uk', 'google.ca', 'google.com.au', 'gmail.com', 'youtube.com', 'g.co', 'goo.gl'],
    phones: [],
    neverAsks: ['Never calls or messages you to ask for a Google verification code.'],
  },
  {
    id: 'whatsapp',
    name: 'WhatsApp',
    aliases: ['whatsapp', 'whats app'],
    domains: ['whatsapp.com', 'whatsapp.net', 'wa.me'],
    phones: [],
    neverAsks: ['Never asks you to share your six-digit registration code or two-step PIN.'],
  },
  {
    id: 'coinbase',
    name: 'Coinbase',
    aliases: ['coinbase'],
    domains: ['coinbase.com'],
    phones: [],
    neverAsks: [
      'Never asks you to move your crypto to a new "safe" wallet.',
      'Never asks for your password or two-step codes.',
    ],
  },
  bank('bank-of-america', 'Bank of America', ['bank of america', 'bofa', 'boa', 'bankofamerica'], ['bankofamerica.com'], ['+18004321000']),
  bank('chase', 'Chase', ['chase bank', 'jpmorgan chase', 'jp morgan', 'jpmorgan'], ['chase.com', 'jpmorganchase.com', 'jpmorgan.com'], ['+18009359935']),
  bank('wells-fargo', 'Wells Fargo', ['wells fargo', 'wellsfargo'], ['wellsfargo.com', 'wf.com'], ['+18008693557']),
  bank('barclays', 'Barclays', ['barclays', 'barclaycard'], ['barclays.co.uk', 'barclays.com', 'barclaycard.co.uk'], ukBankPhones),
  bank('hsbc', 'HSBC', ['hsbc'], ['hsbc.co.uk', 'hsbc.com', 'hsbc.com.au'], ukBankPhones),
  bank('lloyds', 'Lloyds Bank', ['lloyds', 'lloyds bank', 'lloyds tsb'], ['lloydsbank.com', 'lloydsbankinggroup.com'], ukBankPhones),
  bank('natwest', 'NatWest', ['natwest', 'nat west'], ['natwest.com', 'natwestgroup.com'], ukBankPhones),
  bank('commonwealth-bank', 'Commonwealth Bank', ['commonwealth bank', 'commbank', 'netbank'], ['commbank.com.au']),
  bank('rbc', 'RBC Royal Bank', ['rbc', 'royal bank of canada', 'rbc royal bank'], ['rbc.com', 'rbcroyalbank.com'], ['+18007692511']),
  bank('td', 'TD Bank', ['td bank', 'td canada trust', 'tdbank'], ['td.com', 'tdbank.com'], ['+18662223456', '+18887519000']),
  bank('citi', 'Citi', ['citibank', 'citi bank', 'citi'], ['citi.com', 'citibank.com']),
  bank('citizens', 'Citizens Bank', ['citizens bank', 'citizensbank'], ['citizensbank.com']),
  bank('pnc', 'PNC Bank', ['pnc', 'pnc bank'], ['pnc.com']),
  bank('regions', 'Regions Bank', ['regions bank'], ['regions.com']),
  bank('navy-federal', 'Navy Federal Credit Union', ['navy federal', 'nfcu', 'navy federal credit union'], ['navyfederal.org']),
  bank('usaa', 'USAA', ['usaa'], ['usaa.com']),
  bank('capital-one', 'Capital One', ['capital one', 'capitalone'], ['capitalone.com', 'capitalone.co.uk', 'capitalone.ca']),
  bank('us-bank', 'U.S. Bank', ['us bank', 'u.s. bank', 'usbank'], ['usbank.com']),
  bank('santander', 'Santander', ['santander'], ['santander.co.uk', 'santanderbank.com', 'santander.com'], ukBankPhones),
  bank('halifax', 'Halifax', ['halifax'], ['halifax.co.uk'], ukBankPhones),
  bank('nationwide', 'Nationwide Building Society', ['nationwide building society'], ['nationwide.co.uk'], ukBankPhones),
  bank('monzo', 'Monzo', ['monzo'], ['monzo.com'], ukBankPhones),
  bank('cibc', 'CIBC', ['cibc'], ['cibc.com']),
  bank('scotiabank', 'Scotiabank', ['scotiabank', 'scotia bank'], ['scotiabank.com']),
  bank('bmo', 'BMO', ['bmo', 'bank of montreal'], ['bmo.com']),
  bank('westpac', 'Westpac', ['westpac'], ['westpac.com.au', 'westpac.co.nz']),
  bank('anz', 'ANZ', ['anz'], ['anz.com', 'anz.com.au', 'anz.co.nz']),
  bank('nab', 'NAB (National Australia Bank)', ['national australia bank'], ['nab.com.au']),
  bank('american-express', 'American Express', ['american express', 'amex'], ['americanexpress.com', 'aexp.com']),
  bank('aib', 'AIB (Allied Irish Banks)', ['aib', 'allied irish banks'], ['aib.ie']),
  // India's largest banks: their real domains sit within two letters of other banks' (icicibank.com and citibank.com).
  bank('icici', 'ICICI Bank', ['icici', 'icici bank'], ['icicibank.com']),
  bank('hdfc', 'HDFC Bank', ['hdfc', 'hdfc bank'], ['hdfcbank.com']),
  bank('sbi', 'State Bank of India (SBI)', ['sbi', 'state bank of india'], ['sbi.co.in', 'onlinesbi.sbi', 'onlinesbi.com']),
  bank('axis-bank', 'Axis Bank', ['axis bank'], ['axisbank.com']),
  {
    id: 'cash-app',
    name: 'Cash App',
    aliases: ['cash app', 'cashapp'],
    domains: ['cash.app', 'cash.me', 'squareup.com'],
    phones: [],
    neverAsks: ['Never asks for your sign-in code or PIN, and never asks you to send money to receive a refund.'],
  },
  {
    id: 'facebook',
    name: 'Facebook',
    aliases: ['facebook', 'facebook messenger', 'instagram'],
    domains: ['facebook.com', 'fb.com', 'fb.me', 'messenger.com', 'instagram.com', 'meta.com'],
    phones: [],
    neverAsks: ['Never runs a lottery or sends prize money through messages.'],
  },
];
