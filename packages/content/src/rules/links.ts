// Warning signs in the links themselves: lookalike domains, brand names on unrelated domains,
// hidden destinations (shorteners, raw IP addresses, punycode) and throwaway domain endings.
import type { RuleInput } from '@redflags/schema';

const linkGuides = ['parcel-delivery-text', 'account-problem-message', 'bank-fraud-team-call'];

export const linkRules: RuleInput[] = [
  {
    id: 'link-brand-lookalike',
    sign: 'suspicious-link',
    title: 'Link to a lookalike of a well-known website',
    explanation:
      'The link points to a web address built to look like a real company\'s, with a letter changed or a word added. Real companies use their own address. Do not open it; go to the company\'s website by typing it yourself.',
    severity: 'strong',
    kinds: ['phishing'],
    guides: linkGuides,
    match: { links: ['brand-lookalike'] },
    examples: {
      mustMatch: ['Your account is on hold: https://paypa1.com/login', 'Sign in at http://arnazon.com/verify'],
      mustNotMatch: ['Sign in at https://www.paypal.com/', 'Your order: https://www.amazon.co.uk/orders'],
    },
  },
  {
    id: 'link-brand-in-unrelated-domain',
    sign: 'suspicious-link',
    title: 'A company name inside someone else\'s web address',
    explanation:
      'The link contains a company\'s name, but the website belongs to someone else (for example "amazon.account-help.net"). Scammers do this so the link looks right at a glance.',
    severity: 'strong',
    kinds: ['phishing'],
    guides: linkGuides,
    match: { links: ['brand-in-unrelated-domain'] },
    examples: {
      mustMatch: ['Check your order at https://amazon.order-review-center.net/x', 'Log in: http://wellsfargo-secure-alerts.com'],
      mustNotMatch: ['Check your order at https://www.amazon.com/your-orders', 'Log in at https://connect.secure.wellsfargo.com'],
    },
  },
  {
    id: 'link-unofficial-domain-for-named-brand',
    sign: 'suspicious-link',
    title: 'Names a company but links to a different website',
    explanation:
      'The message says it is from a company, but its link does not go to that company\'s own website. A real company links to its own address.',
    severity: 'moderate',
    kinds: ['phishing'],
    guides: linkGuides,
    match: { links: ['unofficial-domain-for-named-brand'] },
    examples: {
      mustMatch: ['Netflix: update your card at https://billing-help-now.com', 'PayPal notice: review at http://secure-review.info/pp'],
      mustNotMatch: ['Netflix: manage your plan at https://www.netflix.com/account', 'Your Apple receipt: https://apple.com/uk/shop'],
    },
  },
  {
    id: 'link-ip-address',
    sign: 'suspicious-link',
    title: 'Link to a bare number instead of a website name',
    explanation:
      'The link goes to a string of numbers (an IP address) rather than a named website. Genuine companies do not send links like this.',
    severity: 'strong',
    kinds: ['phishing'],
    guides: linkGuides,
    match: { links: ['ip-address'] },
    examples: {
      mustMatch: ['Verify now: http://185.23.44.12/login', 'Open http://45.9.148.3/track to see your parcel'],
      mustNotMatch: ['Verify at https://example.org/login', 'The meeting is in room 185'],
    },
  },
  {
    id: 'link-punycode',
    sign: 'suspicious-link',
    title: 'Link with disguised letters',
    explanation:
      'The web address uses letters from other alphabets that look like ordinary ones. This can make a fake address look exactly like a real one.',
    severity: 'moderate',
    kinds: ['phishing'],
    guides: linkGuides,
    match: { links: ['punycode'] },
    examples: {
      mustMatch: ['Sign in at https://xn--80ak6aa92e.com/', 'Your order: http://xn--mnchen-3ya.de/shop'],
      mustNotMatch: ['Sign in at https://www.paypal.com/', 'See https://example.com/login'],
    },
  },
  {
    id: 'link-shortener',
    sign: 'suspicious-link',
    title: 'Shortened link that hides where it goes',
    explanation:
      'The link uses a link-shortening service, so you cannot see the real website before you open it. Companies rarely send these for anything to do with your account or money.',
    severity: 'moderate',
    kinds: ['phishing'],
    guides: linkGuides,
    match: { links: ['shortener'] },
    examples: {
      mustMatch: ['Update here: https://bit.ly/3abcXYZ', 'Details: tinyurl.com/y7k2pq9'],
      mustNotMatch: ['Details: https://example.com/page', 'I am a bit late, sorry'],
    },
  },
  {
    id: 'link-throwaway-domain-ending',
    sign: 'suspicious-link',
    title: 'Link to a cheap, throwaway kind of web address',
    explanation:
      'The link ends in a kind of web address (such as .top, .xyz, .click or .info) that is cheap to buy and often used for short-lived scam sites. Genuine banks, couriers and agencies use their own well-known addresses.',
    severity: 'weak',
    kinds: ['phishing'],
    guides: linkGuides,
    match: {
      patterns: ['info', 'shop', 'cc', 'life', 'live', 'online', 'site', 'website', 'support', 'link', 'io', 'us', 'pk', 'club', 'work',
        'directory', 'associates', 'services', 'solutions', 'digital', 'center', 'world', 'store', 'fun', 'space'].map(
        (ending) => ({ regex: `[a-z0-9-]\\.${ending}(?![a-z0-9-])(?!\\.[a-z])`, literal: `.${ending}` }),
      ),
    },
    examples: {
      mustMatch: ['Pay the fee at parcel-help.info/pay', 'Go to http://secure-update.shop now'],
      mustNotMatch: ['Pay at https://www.royalmail.com/', 'Info about the shop is on the board'],
    },
  },
  {
    id: 'link-high-abuse-domain-ending',
    sign: 'suspicious-link',
    title: 'Link to a web address ending most used by scam sites',
    explanation:
      'The link ends in one of the web address endings (such as .top, .xyz or .click) that abuse reports find mostly on scam and phishing sites, because they cost almost nothing. Banks, couriers and agencies do not use them.',
    severity: 'moderate',
    kinds: ['phishing'],
    guides: linkGuides,
    match: {
      patterns: ['top', 'xyz', 'click', 'vip', 'icu', 'buzz', 'cfd', 'sbs', 'rest', 'cyou', 'monster', 'tk', 'ml', 'ga', 'gq', 'cf', 'win', 'loan', 'bond', 'lat', 'mom', 'today',
        'lol', 'homes', 'rip', 'ren', 'quest', 'beauty', 'hair', 'skin', 'makeup', 'autos', 'boats', 'yachts', 'bid', 'racing', 'download', 'stream'].map(
        (ending) => ({ regex: `[a-z0-9-]\\.${ending}(?![a-z0-9-])(?!\\.[a-z])`, literal: `.${ending}` }),
      ),
    },
    examples: {
      mustMatch: ['Pay the fee at parcel-help.top/pay', 'Go to http://secure-update.xyz now'],
      mustNotMatch: ['Pay at https://www.royalmail.com/', 'Top marks in the exam! See you at the xyz club'],
    },
  },
  {
    id: 'link-with-coded-path',
    sign: 'suspicious-link',
    title: 'Link with a short random code after the address',
    explanation:
      'The link ends in a short string of random letters and numbers, the way mass scam texts track who clicked. On its own this is common and harmless; it matters together with other signs.',
    severity: 'weak',
    kinds: ['phishing'],
    guides: linkGuides,
    // Read on the link as written: the normalised text turns digits in words into letters (c4IZV → caizv).
    match: { links: ['coded-path'] },
    examples: {
      mustMatch: ['Update here: parcel-help.com/a8x2k', 'See secure-check.net/x7y9z2 now', 'Look: photo-share.lol/vTqLWrR'],
      mustNotMatch: ['See https://example.com/about', 'Our site is example.org/Contact', 'Your code is 569485, or tap example.com/569485'],
    },
  },
  {
    id: 'link-to-form-or-site-builder',
    sign: 'suspicious-link',
    title: 'Link to a free form or website builder',
    explanation:
      'The link goes to a free form, page builder or dynamic-address service that anyone can set up in minutes. Real companies do not collect your details there.',
    severity: 'weak',
    kinds: ['phishing'],
    guides: linkGuides,
    match: {
      patterns: ['jotform.com', 'myclickfunnels.com', 'duckdns.org', 'weebly.com', 'wixsite.com', 'forms.gle', 'firebaseapp.com', 'web.app', 'ngrok', 'glitch.me', 'repl.co', 'godaddysites.com', 'blogspot.com', '000webhostapp.com', 'netlify.app', 'vercel.app', 'pages.dev', 'workers.dev', 'sites.google.com', 'r2.dev'].map(
        (host) => ({ regex: host.replace(/\./g, '\\.'), literal: host }),
      ),
    },
    examples: {
      mustMatch: ['Verify your account: https://secure-check.duckdns.org/a', 'Apply here https://form.jotform.com/12345'],
      mustNotMatch: ['Apply at https://careers.example.com', 'See you at the form tutor meeting'],
    },
  },
];
