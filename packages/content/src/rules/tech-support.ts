// Tech-support scams beyond the phrases in calls.ts: a claim that your device is infected, hacked or locked,
// joined to a way to act on it (a number, a link, a key to press, a named company, or pressure).
import type { RuleInput } from '@redflags/schema';

const guides = ['tech-support-scam'];

export const techSupportRules: RuleInput[] = [
  {
    scored: false,
    severity: 'weak',
    id: 'device-infected-claim',
    sign: 'computer-problem',
    title: 'Says your computer or phone is infected, hacked or locked',
    explanation: 'The message claims your computer or phone has a virus, was hacked, or is locked.',
    guides,
    match: {
      phrases: ['viruses found', 'virus found', 'viruses detected', 'virus detected', 'threats detected', 'threats found', 'has been compromised',
        'been compromised', 'computer has been locked', 'computer is locked', 'device is locked', 'pc is locked', 'your computer will stop',
        'used for illegal activity', 'illegal activity', 'your pc is at risk', 'device is at risk', 'computer is at risk', 'tap to clean',
        'clean now', 'scan now', 'is infected', 'infected with', 'been infected', 'been hacked', 'being hacked', 'license has expired',
        'licence has expired', 'license key has', 'licence key has', 'subscription has expired', 'protection has expired', 'antivirus has expired',
        'malware detected', 'spyware', 'trojan', 'sending error', 'blocked for security', 'your router has been', 'corrupted', 'fix it remotely', 'heavily damaged',
        'protection expires', 'may be at risk', 'is at risk', 'do not turn off', 'do not turn it off', 'windows has detected', 'sending us error'],
    },
    examples: {
      mustMatch: ['3 viruses found on your iPhone', 'Your computer is locked because of illegal activity'],
      mustNotMatch: ['The laptop is slow again', 'My phone screen cracked'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'tech-company-words',
    sign: 'computer-problem',
    title: 'Names a computer or security company',
    explanation: 'The message speaks as a computer, phone or security company.',
    guides,
    match: {
      phrases: ['microsoft', 'windows', 'apple support', 'apple security', 'apple id', 'icloud', 'iphone', 'norton', 'mcafee', 'avast', 'geek squad', 'technical team', 'technical department',
        'tech team', 'technical support', 'tech support', 'support team', 'helpdesk', 'help desk', 'security team', 'technician', 'internet provider'],
    },
    examples: { mustMatch: ['Microsoft security alert', 'This is the technical department'], mustNotMatch: ['Open the window please', 'The apple pie was great'] },
  },
  {
    id: 'device-infected-act-now',
    sign: 'computer-problem',
    title: 'Says your device is infected and tells you to act',
    explanation:
      'A pop-up, call or message says your computer or phone is infected, hacked or locked, and tells you to call, tap or press a key. Real security warnings never come with a phone number, and no company calls you about a virus. Close the page (restart if it will not close) and do not call or let anyone connect to your computer.',
    severity: 'strong',
    kinds: ['tech-support'],
    guides,
    match: {
      combination: {
        allOf: ['device-infected-claim'],
        anyOf: ['has-phone-number', 'call-us-words', 'has-link', 'press-key-to-speak', 'tech-company-words', 'urgency-words', 'remote-access-app'],
      },
    },
    examples: {
      mustMatch: ['Apple Security Alert: your iPhone has been compromised. 3 viruses found. Tap to clean now.',
        'Your computer has been locked because your IP address was used for illegal activity. Call 1-844-555-0133'],
      mustNotMatch: ['The laptop had a virus but the shop fixed it, all good', 'My Instagram got hacked last year, so I changed my password'],
    },
  },
  {
    id: 'tech-support-refund',
    sign: 'computer-problem',
    title: '"Tech support" offers you a refund',
    explanation:
      'A caller or message from "tech support" says you are owed a refund for a computer service. To "send" it they ask to connect to your computer or your online banking, then pretend they paid you too much and ask for it back. Hang up; no real refund needs remote access.',
    severity: 'strong',
    kinds: ['tech-support', 'refund'],
    guides: ['tech-support-scam'],
    match: { combination: { allOf: ['refund-offer-words'], anyOf: ['tech-support-warning', 'tech-company-words', 'remote-access-app'] } },
    examples: {
      mustMatch: ['We are calling from tech support to give you a refund of $299', 'Microsoft refund department: you are owed $199 for your cancelled service'],
      mustNotMatch: ['The shop gave me a refund for the broken phone', 'Tech support fixed my laptop, no charge'],
    },
  },
];
