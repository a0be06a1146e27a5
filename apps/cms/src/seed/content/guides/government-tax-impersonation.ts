// Fake tax offices and benefit agencies: IRS, HMRC, ATO, CRA and Social Security.
import type { GuideSeed } from '../types.js';

export const governmentTaxImpersonation: GuideSeed = {
  slug: 'government-tax-impersonation',
  title: 'Is that call or message from the tax office or a government agency a scam?',
  shortAnswer:
    'If it threatens arrest, demands payment today, or asks for gift cards, cryptocurrency or a bank transfer to a person, ' +
    'it is a scam. Tax offices and benefit agencies do not work like that. If it offers a surprise tax refund through a link, ' +
    'be very careful too. Do not use the contact details in the message. Sign in to your government account or call the agency ' +
    'on a number from its official website that you look up yourself.',
  scenario: [
    'A recorded call says it is from the tax office, such as the IRS in the US, HMRC in the UK, the ATO in Australia or ' +
      'the CRA in Canada. It says there is a problem with your tax and a warrant for your arrest will be issued unless you ' +
      'press 1 or call back now.',
    'A person answers and says you owe unpaid tax and fines. They are firm, then frightening. They say the police are on ' +
      'their way, or that you will lose your visa, your benefits or your passport. The only way to stop it is to pay today.',
    'They ask you to pay with gift cards, at a cryptocurrency ATM, by wire transfer or into a bank account in a person\'s ' +
      'name. They may stay on the phone the whole time you go to the shop or the ATM, and tell you not to talk to anyone.',
  ],
  variants: [
    {
      title: 'A tax refund by text or email',
      description:
        'A message says you are owed a tax refund and must claim it through a link. The link leads to a fake government ' +
        'page that asks for your sign-in details and bank card. HMRC says it never tells people about tax refunds by ' +
        'text or email. In Australia, the ATO has said it no longer puts links in the texts and emails it sends you first.',
    },
    {
      title: 'Your Social Security number is “suspended”',
      description:
        'In the US, a caller claims your Social Security number is suspended because it was linked to a crime. ' +
        'Social Security numbers are not suspended. The caller wants you to “confirm” your number and pay to clear your name.',
    },
    {
      title: 'Benefits, pensions and cost-of-living payments',
      description:
        'A message says you can get a government payment, grant or energy rebate if you apply through a link or pay a ' +
        'small fee. Real government payments do not need a fee, and you apply through the official service.',
    },
    {
      title: 'Immigration or visa problems',
      description:
        'A caller says there is a problem with your visa or immigration papers, and you will be deported unless you pay. ' +
        'People who are new to a country are often targeted.',
    },
  ],
  redFlags: [
    {
      flag: 'Threats of arrest, police or deportation',
      why: 'Tax offices and benefit agencies do not threaten to send the police if you do not pay on the phone today.',
    },
    {
      flag: 'Payment by gift card, cryptocurrency or a crypto ATM',
      why: 'No government agency takes payment in gift cards or cryptocurrency. These are chosen because they are hard to trace and to reverse.',
    },
    {
      flag: 'A refund you did not expect, claimed through a link',
      why: 'Refunds are paid through the official system, usually into the account you already gave. A link in a text is a way to steal your details.',
    },
    {
      flag: 'You must stay on the phone and tell nobody',
      why: 'Keeping you on the line stops you checking with family, your bank or the agency itself.',
    },
    {
      flag: 'A recorded voice telling you to press 1',
      why: 'Automated threats with a key to press are a mark of mass scam calls, not of tax offices.',
    },
  ],
  steps: [
    {
      step: 'Hang up or do not reply. Do not pay anything.',
    },
    {
      step: 'Check with the agency yourself.',
      detail:
        'Sign in to your online government account (for example your IRS account, HMRC account, myGov or CRA My Account), ' +
        'or call the agency using a number from its official website. If you really owe something, it will be there.',
    },
    {
      step: 'If you paid, act now.',
      detail:
        'Call your bank if you paid by card or transfer. If you paid with gift cards, contact the company that issued ' +
        'them. If you used a crypto ATM, keep the receipt and contact the ATM company. Then report it.',
    },
    {
      step: 'If you gave your tax or Social Security number, protect your identity.',
      detail:
        'Tell the agency, watch for tax returns or accounts opened in your name, and think about freezing your credit ' +
        'if you live in the US. In Australia, IDCARE can help.',
    },
    {
      step: 'Report it.',
      detail: 'Report the call or message as shown below. In the UK you can also forward scam texts to 7726.',
    },
  ],
  faq: [
    {
      question: 'Will the tax office ever phone me?',
      answer:
        'Sometimes, yes. But a real tax office will not threaten arrest, will not demand payment on the spot and will ' +
        'not ask for gift cards or cryptocurrency. In the US, the IRS usually writes to you first by post.',
    },
    {
      question: 'How do I know if I really owe tax?',
      answer:
        'Sign in to your official online tax account, or call the tax office on a number you found yourself on its ' +
        'official website. Never use a number from the call or message.',
    },
    {
      question: 'Can my Social Security number be suspended?',
      answer: 'No. A call that says your number is suspended is a scam. Hang up.',
    },
    {
      question: 'I gave them my bank or card details for a refund. What now?',
      answer:
        'Call your bank now and tell them. Change your passwords if you gave a sign-in for a government account, and ' +
        'tell the agency. Then report the scam.',
    },
    {
      question: 'The caller had my address and tax reference. Is it real?',
      answer:
        'Not necessarily. Personal details are often leaked or stolen. The way they ask you to pay tells you more: ' +
        'threats and gift cards always mean a scam.',
    },
  ],
  channels: ['call', 'text', 'email'],
  kinds: ['government-impersonation', 'tax'],
  brands: ['irs', 'hmrc', 'ato', 'cra', 'ssa'],
  relatedRules: [],
  relatedGuides: ['bank-fraud-team-call', 'road-toll-text', 'prize-lottery-win', 'amazon-fraud-prevention-call'],
  seo: {
    metaTitle: 'Is that tax office or government call a scam? | Redflags',
    metaDescription:
      'Calls and texts from a fake IRS, HMRC, ATO, CRA or Social Security. The warning signs, how to check what you owe, and what to do.',
  },
  publishedAt: '2026-11-20T12:00:00.000Z',
};
