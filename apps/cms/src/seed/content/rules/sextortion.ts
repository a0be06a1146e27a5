// Sextortion: "I hacked your device and recorded you; pay or I send the video to everyone you know".
// Three parts recur in every version: a claim of control over your device, a claim of intimate material, and a
// threat to share it. Any two together are a strong sign; payment talk with the intimate claim is too.
import type { RuleInput } from '@redflags/schema';

const guides = ['romance-scam'];

export const sextortionRules: RuleInput[] = [
  {
    scored: false,
    severity: 'weak',
    id: 'hacker-access-claim',
    title: 'Claims to have hacked your device or account',
    explanation: 'The sender says they have control of your device, camera or accounts.',
    guides,
    match: {
      phrases: ['i am a hacker', 'i\'m a hacker', 'professional hacker', 'gained access to your', 'got access to your', 'access to your device',
        'access to your operating system', 'access to the device', 'access to all your', 'full access to your', 'infected with my',
        'my private software', 'my malware', 'my software', 'been watching you', 'been monitoring you', 'saved all your data',
        'your browsing history', 'your correspondence', 'i know your password', 'i hacked', 'i have hacked', 'hacked your',
        'control of your device', 'control over your device', 'access to your camera', 'access to your webcam', 'installed malware',
        'installed a virus', 'installed a trojan', 'remote control of your', 'one of your passwords', 'is your password',
        'your password is', 'my program', 'list of your contacts', 'copy of your contacts', 'cracked your', 'hacked into your',
        'placed a malware', 'placed malware', 'keylogger', 'you don\'t know me', 'you do not know me'],
    },
    examples: {
      mustMatch: ['I got access to the device you use for email', 'Hello, I am a hacker and I have been watching you'],
      mustNotMatch: ['I got a new laptop, it is so fast', 'Did you clear your browser?'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'intimate-material-claim',
    title: 'Claims to have intimate photos or videos of you',
    explanation: 'The sender says they have intimate or embarrassing pictures or video of you.',
    guides,
    match: {
      phrases: ['your nudes', 'nude photos', 'nude pictures', 'nude video', 'naked', 'intimate', 'explicit', 'adult site', 'adult website',
        'adult video', 'adult content', 'porn', 'satisfying yourself', 'pleasuring yourself', 'masturbat', 'sex video', 'sex tape',
        'compromising', 'recorded you', 'video of you', 'videos of you', 'footage of you', 'screenshots of your', 'your private photos',
        'your private pictures', 'private pics', 'through your webcam', 'through your camera', 'webcam', 'embarrassing video', 'dirty secret', 'i have your pics',
        'i have your pictures', 'i have your photos', 'i have your videos'],
    },
    examples: {
      mustMatch: ['I have your nudes', 'I recorded you through your webcam'],
      mustNotMatch: ['Loved the holiday photos you sent', 'The video call dropped again'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'threat-to-share',
    title: 'Threatens to share something with people you know',
    explanation: 'The sender threatens to send something to your family, friends or contacts.',
    guides,
    match: {
      phrases: ['send it to all', 'send them to', 'send the video to', 'share it with your', 'share them with your', 'post them online',
        'post it online', 'posted online', 'make it public', 'everyone on your', 'all your contacts', 'your friends list', 'your family and friends',
        'your friends and family', 'your followers', 'your colleagues', 'expose you', 'leak it', 'leak them', 'everyone will see', 'will be published',
        'ruin your', 'or i post', 'or i send', 'or i share', 'or everyone sees', 'your contact list', 'or i\'ll send', 'or i\'ll post',
        'or i will send', 'or i will post', 'to your friends'],
    },
    examples: {
      mustMatch: ['Pay or I send the video to all your contacts', 'Everyone on your friends list will see it'],
      mustNotMatch: ['Send the photos to me when you can', 'I shared the recipe with the group'],
    },
  },
  {
    id: 'claims-to-have-hacked-you',
    title: 'A stranger says they have hacked your device',
    explanation:
      'The message says a hacker has control of your computer, phone or camera. This is how sextortion and blackmail emails open; they are bluffs sent to thousands of people. Do not reply or pay. Change the password they quote, if any, and turn on two-step sign-in.',
    severity: 'moderate',
    kinds: ['sextortion'],
    guides,
    match: {
      phrases: ['i am a hacker', 'i\'m a hacker', 'professional hacker', 'gained access to your', 'access to your operating system',
        'access to the device you use', 'infected with my', 'my private software', 'been watching you', 'i have hacked your', 'i hacked your'],
    },
    examples: {
      mustMatch: ['Hello! I am a hacker who has gained access to your operating system.', 'Your device was infected with my private software.'],
      mustNotMatch: ['Someone hacked my email, do not open anything from me', 'I have been watching the football all day'],
    },
  },
  {
    id: 'sextortion-blackmail',
    title: 'Blackmail: "I have a video of you and will share it"',
    explanation:
      'The message says someone hacked your device or recorded you and will share intimate material unless you pay. It is a bluff sent to thousands of people at once; any password it quotes comes from an old data leak. Do not pay and do not reply. Change that password, and if someone really has images of you, report it to the police: you have done nothing wrong.',
    severity: 'strong',
    kinds: ['sextortion'],
    guides,
    match: { combination: { anyOf: ['hacker-access-claim', 'intimate-material-claim', 'threat-to-share'], minAnyOf: 2 } },
    examples: {
      mustMatch: [
        'I have hacked your phone and I saved footage of you. I will share it with your family and friends.',
        'Some weeks ago I gained access to your device and recorded you through your webcam.',
      ],
      mustNotMatch: [
        'I recorded a video of the school play, will send it to the family group',
        'Someone hacked my Facebook, ignore any weird messages',
      ],
    },
  },
  {
    id: 'sextortion-payment-demand',
    title: 'Demands payment to keep intimate material private',
    explanation:
      'The message claims to have intimate photos or video of you and asks for money, often in Bitcoin or gift cards. Paying never ends it: they ask again. Do not pay or reply; keep the message and report it.',
    severity: 'strong',
    kinds: ['sextortion'],
    guides,
    match: { combination: { anyOf: ['intimate-material-claim', 'hacker-access-claim'], allOf: ['sextortion-pay-words'] } },
    examples: {
      mustMatch: ['I have your nudes. Pay $500 today.', 'I have full access to your device. Transfer 0.1 BTC to my wallet.'],
      mustNotMatch: ['I have the holiday photos, pay me back for the prints when you can', 'My webcam broke, I need to pay for a new one'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'sextortion-pay-words',
    title: 'Asks for payment',
    explanation: 'The message asks for money, in any form.',
    guides,
    match: {
      phrases: ['bitcoin', 'btc', 'wallet', 'transfer', 'pay me', 'pay now', 'you pay', 'payment', 'send money', 'cash app', 'gift card'],
      patterns: [{ regex: '\\bpay \\$?\\d', literal: 'pay' }, { regex: '\\bpay [^.!?\\n]{0,20}(?:today|now|within)', literal: 'pay' }],
    },
    examples: { mustMatch: ['pay $500 today', 'send bitcoin to my wallet'], mustNotMatch: ['see you later', 'nice photo'] },
  },
];
