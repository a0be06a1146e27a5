// Investment and crypto schemes: fake platforms, celebrity adverts, “guaranteed” returns and recovery scams.
import type { GuideSeed } from '../types.js';

export const investmentCryptoScam: GuideSeed = {
  slug: 'investment-crypto-scam',
  title: 'Is this investment or crypto opportunity a scam?',
  shortAnswer:
    'Be very wary of any investment that promises high or guaranteed returns. Be just as wary if the offer came out of ' +
    'the blue, or if you are asked to send cryptocurrency or money to a person. Check that the firm is registered with the financial ' +
    'regulator in your country before you invest anything. If you cannot withdraw your money without paying a fee first, ' +
    'it is a scam: stop paying.',
  scenario: [
    'You see an advert or a post where a famous person seems to recommend a new way to make money with cryptocurrency ' +
      'or trading. Or a friendly stranger messages you and, after a while, shares how much they are making. Or you are ' +
      'added to a group chat of “investors” with a “mentor”.',
    'You sign up on a website or app that looks professional. An “account manager” calls you and helps you make a small ' +
      'first deposit. Your balance goes up quickly. You may even be allowed to take out a little money, which makes it ' +
      'feel safe.',
    'You are encouraged to invest more, borrow, or use your savings or pension. When you try to withdraw a larger amount, ' +
      'there is a problem: you must first pay a tax, a fee or a “verification deposit”. The website is fake, and the ' +
      'balance was never real. In the end, the site disappears or stops answering.',
  ],
  variants: [
    {
      title: 'Fake celebrity or news adverts',
      description:
        'Adverts use a famous person\'s face, or a fake news article, to say they made a fortune with a secret platform. ' +
        'The person has nothing to do with it. Some now use fake video of the person speaking.',
    },
    {
      title: 'A friend or match who invests',
      description:
        'Someone you met online, or a “wrong number” contact who became a friend, teaches you to trade on an app they use. ' +
        'This mix of romance and investment scam can run for months.',
    },
    {
      title: 'Recovery scams',
      description:
        'After you lose money, someone contacts you offering to get it back, for a fee. They may pretend to be lawyers, ' +
        'police or a government body. It is often the same scammers. Real reporting bodies do not charge to take a report.',
    },
    {
      title: 'Pension reviews and early access',
      description:
        'A cold call offers a free pension review, or a way to unlock your pension early or move it to a better scheme. ' +
        'You could lose it all and face a large tax bill.',
    },
  ],
  redFlags: [
    {
      flag: 'High or guaranteed returns',
      why: 'All real investments carry risk. A promise of big, safe profits is the oldest sign of a scam.',
    },
    {
      flag: 'Pressure to invest more, fast',
      why: 'Scammers say the chance will be gone tomorrow, so you do not take time to check.',
    },
    {
      flag: 'You must pay a fee or tax to withdraw',
      why: 'A real platform takes its fees from your balance. A demand for more money to get your own money back means it is gone.',
    },
    {
      flag: 'They ask you to send crypto to a wallet or pay a person',
      why: 'Crypto transfers cannot be reversed, and a personal account is not a regulated firm.',
    },
    {
      flag: 'They ask you to install a remote-access app to “help” you trade',
      why: 'With control of your device, they can move money and open loans in your name.',
    },
    {
      flag: 'The firm is not on the regulator\'s register',
      why: 'In most countries, firms that offer investments must be registered. Scam firms often copy a real firm\'s name, so check the contact details too.',
    },
  ],
  steps: [
    { step: 'Stop. Do not send any more money, even to “unlock” a withdrawal.' },
    {
      step: 'Check the firm with the financial regulator.',
      detail:
        'In the UK, use the FCA Register and warning list. In the US, use FINRA BrokerCheck or the SEC. In Australia, check ' +
        'ASIC. In Canada, use the national registration search of the Canadian Securities Administrators. Contact the firm ' +
        'only through the details on the register.',
    },
    {
      step: 'If you sent money, call your bank or the crypto exchange you used now.',
      detail: 'Tell them it was a scam. Keep the wallet addresses, transaction records, websites and chats.',
    },
    {
      step: 'If they had remote access, disconnect the device and change your passwords.',
      detail: 'Change them from a device they did not touch. Tell your bank.',
    },
    {
      step: 'Report it, and be alert for recovery scams.',
      detail: 'Report it as shown below. Anyone who contacts you later offering to recover your money for a fee is likely a scammer.',
    },
  ],
  faq: [
    {
      question: 'I could see my profits growing. Were they real?',
      answer:
        'No. The numbers were shown by a website the scammers control. They can show any balance they like.',
    },
    {
      question: 'I was able to withdraw a little at first. Does that make it real?',
      answer:
        'No. Letting you take out a small amount is a common trick to win your trust before you invest more.',
    },
    {
      question: 'Is all cryptocurrency a scam?',
      answer:
        'No. But scammers like it because payments are fast and cannot be reversed. Be very careful of anyone who asks ' +
        'you to buy crypto and send it to them or to a platform they chose.',
    },
    {
      question: 'A company says it can get my money back for a fee. Should I pay?',
      answer:
        'No. This is a common second scam. Go to your bank and the official reporting bodies. They do not charge for help.',
    },
    {
      question: 'How do I check an investment is legitimate?',
      answer:
        'Check the firm on your country\'s financial regulator register, and contact it only through the details listed ' +
        'there. Take your time, and talk to someone you trust or an independent adviser.',
    },
  ],
  channels: ['social', 'web', 'call', 'text', 'email'],
  kinds: ['investment', 'crypto'],
  brands: ['coinbase'],
  relatedRules: [],
  relatedGuides: ['romance-scam', 'job-task-scam', 'prize-lottery-win', 'tech-support-scam'],
  seo: {
    metaTitle: 'Is this investment or crypto opportunity a scam? | Redflags',
    metaDescription:
      'Guaranteed returns, a friendly mentor and a fee to withdraw. How investment and crypto scams work, how to check a firm, and what to do.',
  },
  publishedAt: '2026-11-23T11:00:00.000Z',
};
