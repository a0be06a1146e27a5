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
    sign: 'blackmail',
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
        'placed a malware', 'placed malware', 'keylogger', 'you don\'t know me', 'you do not know me', 'got into your', 'into your email',
        'into your computer', 'into your device', 'your system was breached', 'i am a programmer', 'i\'m a programmer', 'hacked into',
        'browser history', 'browsing history', 'sent from your account', 'from your own account', 'this email from your',
        'this message from your', 'put a malware', 'put malware', 'a malware', 'malware on your', 'malware on the', 'a trojan', 'rat software', 'remote administration', 'spyware on your', 'virus on your',
        'virus on the', 'recorded your screen', 'turned on your camera', 'activated your camera'],
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
    sign: 'blackmail',
    title: 'Claims to have intimate photos or videos of you',
    explanation: 'The sender says they have intimate or embarrassing pictures or video of you.',
    guides,
    match: {
      phrases: ['your nudes', 'nude photos', 'nude pictures', 'nude video', 'naked', 'intimate', 'explicit', 'adult site', 'adult website',
        'adult video', 'adult content', 'porn', 'satisfying yourself', 'pleasuring yourself', 'masturbat', 'sex video', 'sex tape',
        'compromising', 'recorded you', 'video of you', 'videos of you', 'footage of you', 'screenshots of your', 'your private photos',
        'your private pictures', 'private pics', 'through your webcam', 'through your camera', 'webcam', 'embarrassing video', 'dirty secret', 'i have your pics',
        'i have your pictures', 'i have your photos', 'i have your videos', 'recorded our', 'recording of our', 'recordings of our',
        'screenshots of our', 'screenshot of our', 'screen recorded', 'screen-recorded', 'private videos', 'private video', 'what you were watching',
        'while you were watching', 'split screen', 'split-screen', 'double screen', 'dual screen', 'your private parts', 'your dirty', 'nude', 'nudes', 'nude pics', 'touching yourself', 'edit your photos', 'edited your photos', 'edit your pictures',
        'photoshop', 'morphed', 'fake nudes', 'deepfake', 'ur nudes', 'ur pics', 'ur video', 'underage', 'is a minor', 'sex offender',
        'sexting', 'sexual chat', 'explicit chat'],
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
    sign: 'blackmail',
    title: 'Threatens to share something with people you know',
    explanation: 'The sender threatens to send something to your family, friends or contacts.',
    guides,
    match: {
      phrases: ['send it to all', 'send them to', 'send the video to', 'share it with your', 'share them with your', 'post them online',
        'post it online', 'posted online', 'make it public', 'everyone on your', 'all your contacts', 'your friends list', 'your family and friends',
        'your friends and family', 'your followers', 'your colleagues', 'expose you', 'leak it', 'leak them', 'everyone will see', 'will be published',
        'ruin your', 'or i post', 'or i send', 'or i share', 'or everyone sees', 'your contact list', 'or i\'ll send', 'or i\'ll post',
        'or i will send', 'or i will post', 'to your friends', 'everyone you know', 'everybody you know', 'all your friends', 'people you know',
        'your wife will', 'your husband will', 'your family will', 'your friends will', 'your friends would', 'your family would',
        'ur friends', 'ur family', 'ur followers', 'ur contacts', 'report you to the police', 'press charges', 'call the police on you'],
      patterns: [
        // "I will send/post it to your family", "or I upload them": the threat, however it is worded.
        { regex: "\\b(?:i will|i'll|i am going to|i'm going to|or i|or we)\\b[^.!?\\n]{0,20}\\b(?:send|post|share|upload|publish|leak|forward|release|distribute|show)\\b[^.!?\\n]{0,40}\\byour (?:family|friends|contacts|followers|wife|husband|partner|girlfriend|boyfriend|employer|boss|colleagues|relatives|parents|children)\\b", literal: 'your' },
        { regex: "\\b(?:i will|i'll|or i|or we)\\b[^.!?\\n]{0,20}\\b(?:post|upload|publish|leak)\\b[^.!?\\n]{0,30}\\bonline\\b", literal: 'online' },
        { regex: "\\bor i(?: will|'ll)? (?:upload|leak|publish|release|expose|distribute)\\b", literal: 'or i' },
        { regex: "\\b(?:if you (?:don't|do not|dont|fail to|refuse to) pay|unless you pay|until you pay)\\b", literal: 'pay' },
      ],
    },
    examples: {
      mustMatch: ['Pay or I send the video to all your contacts', 'Everyone on your friends list will see it'],
      mustNotMatch: ['Send the photos to me when you can', 'I shared the recipe with the group'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'blackmail-email-tells',
    sign: 'blackmail',
    title: 'Uses the stock phrases of blackmail e-mails',
    explanation: 'The message uses phrases that mass blackmail e-mails repeat: a deadline counted from reading it, a payment address to copy exactly, warnings not to tell the police.',
    guides,
    match: {
      phrases: ['straight to the point', 'not here to play', 'probably wondering why', 'you are probably wondering', 'you\'re probably wondering',
        'your pathetic', 'pervert', 'copy and paste', 'case sensitive', 'case-sensitive', 'bitcoin address', 'btc address', 'btc wallet',
        'bitcoin wallet', 'tracking pixel', 'pixel in this', 'i will know when you', 'as soon as you open', 'once you open this',
        'since you opened', 'no point in contacting', 'contacting the police', 'don\'t bother replying', 'do not bother replying',
        'changing your password will not', 'changing your password won\'t', 'i will delete the video', 'i will erase', 'i will delete everything',
        'you have 48 hours', 'you have 24 hours', 'you have one day', 'you have two days', 'bad news for you', 'i have some bad news',
        'this is not a joke', 'i am not joking', 'i\'m not joking', 'timer has started', 'the timer started', 'countdown has started',
        'hi, victim', 'hello, victim', 'hi victim', 'hello victim', 'i write you because', 'i am writing you because', 'i\'m writing you because'],
    },
    examples: {
      mustMatch: ['Let us get straight to the point: copy and paste the address below', 'Once you open this, you have 48 hours'],
      mustNotMatch: ['Paste the link into your browser', 'You have two weeks to return the form'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'blackmail-leverage-claim',
    sign: 'blackmail',
    title: 'Claims to hold a secret about you and to stay quiet for money',
    explanation: 'The sender says they know a secret, hold proof of what you do online, or will keep quiet for a price.',
    guides,
    match: {
      phrases: ['in my hands', 'in our hands', 'proof of what you', 'evidence of what you', 'i know your secret', 'your dirty secret', 'i have the recording',
        'sites you visit', 'sites you like to visit', 'websites you visit', 'interesting sites', 'certain websites', 'following your activity',
        'monitoring your activity', 'watching your activity', 'own all your data', 'your private life', 'for my silence', 'keep quiet for', 'stay quiet for', 'stay silent for',
        'i will erase', 'never hear from me again', 'non-negotiable', 'not negotiable', 'how to buy bitcoin', 'google how to buy'],
    },
    examples: {
      mustMatch: ['I will keep quiet for a fee', 'Your private life is in my hands'],
      mustNotMatch: ['Keep the receipt just in case', 'I visited the museum website'],
    },
  },
  {
    id: 'blackmail-payment-demand',
    sign: 'blackmail',
    title: 'Demands money to keep a secret about you quiet',
    explanation:
      'The message says the sender has proof of something private you did online, or holds your data, and demands money (often Bitcoin) to keep quiet or delete it. These e-mails and texts go to many people at once and the "proof" usually does not exist. Do not pay or reply: paying marks you as someone who pays. If the message quotes a password, change it wherever you use it.',
    severity: 'strong',
    kinds: ['sextortion'],
    guides,
    match: { combination: { allOf: ['blackmail-leverage-claim', 'sextortion-pay-words'] } },
    examples: {
      mustMatch: ['I have proof of the sites you visit. Pay 0.1 BTC to the wallet below.', 'Your private life is in my hands. Send $600 in bitcoin for my silence.'],
      mustNotMatch: ['I have proof of payment, I will send the receipt', 'Keep quiet about the surprise party, I will transfer my share tomorrow'],
    },
  },
  {
    id: 'claims-to-have-hacked-you',
    sign: 'blackmail',
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
    sign: 'blackmail',
    title: 'Blackmail: "I have a video of you and will share it"',
    explanation:
      'The message says someone hacked your device or recorded you and will share intimate material unless you pay. It is a bluff sent to thousands of people at once; any password it quotes comes from an old data leak. Do not pay and do not reply. Change that password, and if someone really has images of you, report it to the police: you have done nothing wrong.',
    severity: 'strong',
    kinds: ['sextortion'],
    guides,
    match: {
      combination: { anyOf: ['hacker-access-claim', 'intimate-material-claim', 'threat-to-share', 'blackmail-email-tells', 'blackmail-leverage-claim'], minAnyOf: 2 },
    },
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
    id: 'pay-or-be-exposed',
    sign: 'blackmail',
    title: '"Pay, or I share it": a threat tied to a payment',
    explanation:
      'The message says that unless you pay, the sender will send, post or leak something about you to your family, friends or online. That is blackmail, whatever they claim to have. Do not pay or reply: paying leads to more demands. Keep the message and report it to the police.',
    severity: 'moderate',
    kinds: ['sextortion'],
    guides,
    match: {
      patterns: [
        { regex: "\\b(?:if you (?:don't|do not|dont|fail to|refuse to) pay|unless you pay)\\b[^.!?\\n]{0,60}\\b(?:upload|publish|leak|expose|post|(?:send|share) (?:it|them|the (?:video|videos|photos|pictures|images|screenshots)))\\b", literal: 'pay' },
        { regex: "\\b(?:pay|send)\\b[^.!?\\n]{0,60}\\bor i(?: will|'ll)? (?:post|upload|publish|leak|expose|send (?:it|them|the (?:video|videos|photos|pictures|images|screenshots)))\\b", literal: 'or i' },
      ],
    },
    examples: {
      mustMatch: ['If you do not pay $400 by tonight I will send the pictures to your wife and post them', 'Send 300 dollars or I will post the video everywhere'],
      mustNotMatch: ['If you do not pay the deposit, we will release the room to another guest', 'Pay me back for lunch or I will tell everyone you are stingy'],
    },
  },
  {
    id: 'sextortion-payment-demand',
    sign: 'blackmail',
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
    sign: 'blackmail',
    title: 'Asks for payment',
    explanation: 'The message asks for money, in any form.',
    guides,
    match: {
      phrases: ['bitcoin', 'btc', 'wallet', 'transfer', 'pay me', 'pay now', 'you pay', 'payment', 'send money', 'cash app', 'gift card', 'send us',
        'for a fee', 'for my silence'],
      patterns: [{ regex: '\\bpay \\$?\\d', literal: 'pay' }, { regex: '\\bpay [^.!?\\n]{0,20}(?:today|now|within)', literal: 'pay' }],
    },
    examples: { mustMatch: ['pay $500 today', 'send bitcoin to my wallet'], mustNotMatch: ['see you later', 'nice photo'] },
  },
];
