// Fake tech support: warning pop-ups with a phone number, and calls about a “virus” on your computer.
import type { GuideSeed } from '../types.js';

export const techSupportScam: GuideSeed = {
  slug: 'tech-support-scam',
  title: 'Is that virus warning pop-up or tech support call a scam?',
  shortAnswer:
    'Yes. Real security warnings from Microsoft, Apple or your antivirus do not tell you to call a phone number. These ' +
    'companies do not call you out of the blue to fix your computer either. The pop-up is a web page made to scare you. Do not call ' +
    'the number and do not let anyone connect to your computer. Close the browser, and restart the computer if it is stuck.',
  scenario: [
    'You are browsing when a page fills the screen. It flashes red, may play a loud alarm or a voice, and says your ' +
      'computer is infected or has been locked. It shows a logo from Microsoft, Apple or a well-known antivirus, and a ' +
      'number to call now. It may seem that you cannot close it.',
    'If you call, a “technician” asks you to install a remote-access app so they can look. They open system screens ' +
      'full of normal messages and say these prove you have been hacked. They may say your bank account is at risk too.',
    'They offer to fix it for a fee, or sell you a “support plan”. Or they say they must check your bank to make sure ' +
      'no hacker is in it, and ask you to log in while they watch. From there they can take money, install spyware, or ' +
      'start a fake “refund” that ends with you sending them money.',
  ],
  variants: [
    {
      title: 'A cold call about your computer',
      description:
        'Someone calls and says they are from Microsoft, Windows, your internet provider or “technical support”. They say ' +
        'your computer is sending error messages. They want you to turn it on and follow their steps.',
    },
    {
      title: 'The refund that went wrong',
      description:
        'A caller says you are owed a refund for a support plan or an antivirus renewal. While connected to your computer, ' +
        'they make it look as if they paid you far too much, then ask you to send the difference back in gift cards, cash or a transfer.',
    },
    {
      title: 'An email about an antivirus renewal',
      description:
        'An email says your antivirus or support subscription has renewed at a high price and gives a number to call to ' +
        'cancel. The number reaches the scammers.',
    },
    {
      title: 'A fake “your phone has a virus” warning',
      description:
        'On a phone, a page says your device is infected and tells you to install an app or call a number. Close the tab. Do not install anything from it.',
    },
  ],
  redFlags: [
    {
      flag: 'A warning on a web page with a phone number to call',
      why: 'Real error and security messages do not include a phone number for support. The number belongs to the scammers.',
    },
    {
      flag: 'Loud alarms, countdowns or a screen you cannot close',
      why: 'These are tricks on a web page to make you panic. A web page cannot see what is on your computer.',
    },
    {
      flag: 'An unexpected call about your computer',
      why: 'Microsoft and Apple do not call people out of the blue to fix their computers.',
    },
    {
      flag: 'A request to install a remote-access app',
      why: 'These apps give a stranger full control of your computer, including your bank and email.',
    },
    {
      flag: 'Being asked to log in to your bank while they watch',
      why: 'No tech support needs to see your bank. It lets them take money or fake a refund.',
    },
    {
      flag: 'Payment by gift card, crypto or wire transfer',
      why: 'Real companies do not take these for support. They are chosen because they cannot be traced or reversed.',
    },
  ],
  steps: [
    {
      step: 'Do not call the number. If you are on a call, hang up.',
    },
    {
      step: 'Close the browser.',
      detail:
        'If the page will not close, use Task Manager on Windows or Force Quit on a Mac. If that does not work, restart ' +
        'the computer. When the browser opens again, do not reopen the last pages.',
    },
    {
      step: 'If you let them connect, disconnect from the internet now.',
      detail:
        'Turn off Wi-Fi or unplug the cable. Uninstall any app they asked you to install. Get the computer checked by ' +
        'someone you trust before using it for banking.',
    },
    {
      step: 'If you paid or logged in to your bank during the call, call your bank now.',
      detail: 'Use the number on the back of your card. Tell them someone had access to your computer.',
    },
    {
      step: 'Change your passwords from a device they did not touch.',
      detail: 'Start with your email and your bank, then any accounts you opened during the call.',
    },
    { step: 'Report it.' },
  ],
  faq: [
    {
      question: 'Is my computer really infected?',
      answer:
        'The pop-up itself does not mean it is. It is a web page, and it cannot scan your computer. Run the security software ' +
        'already on your computer if you are worried.',
    },
    {
      question: 'Does Microsoft ever call people?',
      answer:
        'Microsoft does not make unrequested calls to fix your computer, and its error messages do not ask you to call a ' +
        'number. Any such call is a scam.',
    },
    {
      question: 'They were on my computer for a while. What could they have done?',
      answer:
        'They may have seen your files, saved passwords or banking, and may have left software that lets them back in. ' +
        'Disconnect it, call your bank and have the computer checked or reset.',
    },
    {
      question: 'They say they sent me too much refund. Should I send it back?',
      answer:
        'No. No extra money was sent. They moved your own money between your accounts or changed what the page shows. ' +
        'Hang up and call your bank.',
    },
    {
      question: 'How do I get real help with my computer?',
      answer:
        'Go to the company\'s website by typing the address yourself, or ask a local repair shop or someone you trust. ' +
        'Choose who to contact yourself, rather than responding to a pop-up or a call.',
    },
  ],
  channels: ['web', 'call', 'email'],
  kinds: ['tech-support', 'refund'],
  brands: ['microsoft', 'apple'],
  relatedRules: [],
  relatedGuides: ['amazon-fraud-prevention-call', 'account-problem-message', 'bank-fraud-team-call'],
  seo: {
    metaTitle: 'Is that virus pop-up or tech support call a scam? | Redflags',
    metaDescription:
      'A pop-up says your computer is infected and to call a number, or someone calls about a virus. Why it is a scam and what to do if they got in.',
  },
  publishedAt: '2026-11-23T09:00:00.000Z',
};
