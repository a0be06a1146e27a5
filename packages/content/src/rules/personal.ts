// Scams that start as a personal message from a stranger: wrong-number openers, romance, sextortion
// and the overpayment trick.
import type { RuleInput } from '@redflags/schema';

// After "is this", the everyday questions ("is this ok?", "is this yours?") rather than a name.
const EVERYDAY_AFTER_IS_THIS = '(?!(?:ok|okay|true|real|right|correct|yours?|it|you|fine|free|possible|normal|legit|safe|new|good|bad|better|serious|allowed|mine|for|from|the|a|an|about|how|what|why|where|when|who|which|that|this|done|working|open|closed|available|included|enough|still|too|going|happening|really|actually|legal|spam|scam|sent|needed|urgent|important|weird|cool|nice|all|one|me|him|her|them|us|any|some|his|hers|ours)\\b)';

export const personalRules: RuleInput[] = [
  {
    id: 'wrong-number-opener',
    sign: 'stranger-friendly-chat',
    title: 'A friendly "wrong number" message from a stranger',
    explanation:
      'A stranger texts as if they knew you, then apologises for the "wrong number" and keeps chatting. These chats are often the start of romance or investment scams. Do not reply; block the number.',
    severity: 'moderate',
    kinds: ['wrong-number'],
    guides: ['romance-scam', 'investment-crypto-scam'],
    match: {
      phrases: ['wrong number', 'got the wrong number', 'is this still', 'recommended me', 'recommended you', 'that recommended',
        'not sure if i got your number right', 'not sure i have the right number', 'i hope i didn\'t bother you',
        'are you the', 'is this the right number', 'saved in my contacts', 'texted the wrong', 'sent this to the wrong', 'wrong contact',
        'isn\'t this', 'is this not', 'my assistant gave me', 'my secretary gave me', 'was given your number', 'your number was given'],
      patterns: [
        { regex: "\\bi(?:'m| am) (?:a friend of \\w+|\\w+'s friend)", literal: 'friend' },
        { regex: `^(?:hi|hello|hey|good (?:morning|afternoon|evening))\\W{0,3}(?:is|be) this ${EVERYDAY_AFTER_IS_THIS}[a-z]{2,20}\\?`, literal: 'this' },
        { regex: '^(?:hi|hello|hey)\\W{0,3}are you (?:mr|mrs|ms|miss|dr)\\.? [a-z]{2,20}', literal: 'are you' },
        { regex: '^(?:hi|hello|hey)\\W{0,3}is this (?:mr|mrs|ms|miss|dr)\\.? [a-z]{2,20}', literal: 'is this' },
        { regex: `^is this ${EVERYDAY_AFTER_IS_THIS}[a-z]{2,20}\\?`, literal: 'is this' },
        // "…Is this Jason?" later in the message.
        { regex: `[.!?,] is this ${EVERYDAY_AFTER_IS_THIS}[a-z]{2,15}\\?`, literal: 'is this' },
        { regex: '(?:^|[.!?,] )is this (?:mr|mrs|ms|miss|dr)\\.? [a-z]{2,20}\\b', literal: 'is this' },
        { regex: '(?:^|[.!?,] )are you (?:mr|mrs|ms|miss|dr)\\.? [a-z]{2,20}\\b', literal: 'are you' },
        { regex: '^hello\\W{0,3}(?:mr|mrs|ms|miss|dr)\\.? [a-z]{2,20}\\?', literal: 'hello' },
        { regex: '^hey\\W{0,3}(?:mr|mrs|ms|miss|dr)\\.? [a-z]{2,20}\\?', literal: 'hey' },
      ],
    },
    examples: {
      mustMatch: ['Hi, is this still Daniel? We met at the golf club', 'Oh sorry, I think I got the wrong number. You seem nice though!'],
      mustNotMatch: ['Hey, see you at the gym later', 'Is this Tuesday or Wednesday, the recital?', 'Is this okay? I moved the meeting to 3', 'Hi, is this yours? Found it in the car'],
    },
  },
  {
    id: 'stranger-familiar-opener',
    sign: 'stranger-friendly-chat',
    title: 'A chatty opener from an unknown number',
    explanation:
      'A message from a number you do not know talks as if you were old friends. On its own this is often innocent, but it is also how many romance and investment scams begin.',
    severity: 'weak',
    kinds: ['wrong-number'],
    guides: ['romance-scam'],
    match: {
      phrases: ['how have you been', 'long time no see', 'do you remember me', 'sorry to bother you', 'i\'m back in', 'nice to meet you',
        'we met at', 'how are you doing today', 'hope you are doing well', 'gave me your number', 'got your number from', 'passed me your number', 'gave me this number',
        'are we still on for', 'still on for', 'did you get my message', 'haven\'t heard from you', 'you didn\'t reply', 'you never replied',
        'it\'s been a while', 'it has been a while', 'been a long time', 'long time no talk', 'how is everything', 'remember me?',
        'the assistant of', 'assistant to mr', 'secretary of', 'my boss asked me to', 'did you get home safely', 'got home safely',
        'how is your day going', 'how\'s your day going', 'how have you been lately', 'how are you lately', 'didn\'t hear from you',
        'not heard from you', 'where have you been', 'why haven\'t you replied', 'why didn\'t you reply', 'you never reply'],
    },
    examples: {
      mustMatch: ['Hi Sam, it is Jo, how have you been?', 'Sorry to bother you, do you remember me?'],
      mustNotMatch: ['See you at the gym later', 'Running 10 min late, save me a seat x'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'romance-words',
    sign: 'stranger-friendly-chat',
    title: 'Affectionate words from someone you have not met',
    explanation: 'The message uses affectionate words.',
    guides: ['romance-scam'],
    match: { phrases: ['my love', 'my dear', 'sweetheart', 'darling', 'honey', 'my heart', 'soulmate', 'dating', 'lonely', 'beautiful profile', 'handsome', 'hello dear', 'hi dear', 'dear friend'] },
    examples: { mustMatch: ['my love, how are you', 'hello sweetheart'], mustNotMatch: ['hello team', 'hi all'] },
  },
  {
    id: 'romance-opener',
    sign: 'stranger-friendly-chat',
    title: 'A stranger opens with compliments or talk of a relationship',
    explanation:
      'Someone you have never met writes to say they saw your profile, want a serious relationship, or are a soldier or doctor far away. Romance scammers start this way and, weeks later, ask for money. Never send money to someone you have not met in person.',
    severity: 'moderate',
    kinds: ['romance'],
    guides: ['romance-scam'],
    match: {
      phrases: ['saw your profile', 'found your profile', 'came across your profile', 'your profile picture', 'serious relationship',
        'long term relationship', 'know you better', 'get to know you', 'us soldier', 'u.s. soldier', 'peacekeeping mission', 'deployed in',
        'deployed overseas', 'on an oil rig', 'working offshore', 'i am a widow', 'i am a widower', 'lonely heart', 'looking for love',
        'god fearing', 'my late wife', 'my late husband', 'hi beautiful', 'hello beautiful', 'hello handsome', 'hi handsome',
        'you look so kind', 'kind face', 'beautiful smile', 'lovely smile', 'so we can chat', 'chat more', 'share my love', 'us army',
        'army general', 'in the military', 'military doctor', 'un mission', 'true love', 'can we be friends', 'like to know you',
        'love to know you', 'you are so beautiful', 'you\'re so beautiful', 'hello pretty', 'hi pretty', 'i will like to know',
        'accept my friend request', 'your pictures are', 'your photos are', 'are you single', 'be my friend', 'new in town',
        'send me a picture', 'send me your picture', 'how old are you', 'where do you live', 'what do you do for a living', 'i am new here',
        'single mother', 'single mom', 'single father', 'single dad', 'looking for a partner', 'life partner', 'honest relationship',
        'caught my attention', 'caught my eye', 'fallen in love with you', 'fell in love with you', 'your profile caught', 'know each other',
        'working with the un', 'with the united nations', 'only talked online', 'never met in person', 'cannot video', 'can\'t video',
        'video chat is not allowed', 'video calls are not allowed'],
    },
    examples: {
      mustMatch: ['Hello dear, I came across your profile and would love to know you better', 'Hi beautiful, I am a US soldier deployed overseas'],
      mustNotMatch: ['Nice to see you at the party last night!', 'I updated my profile picture, do you like it?'],
    },
  },
  {
    id: 'romance-stranger-story',
    sign: 'stranger-friendly-chat',
    title: 'A stranger online with a far-away job and a sad story',
    explanation:
      'Romance scammers often say they are working abroad (an oil rig, the army, a ship, a doctor overseas), cannot video call, and soon need money for a fee, a ticket or an emergency.',
    severity: 'moderate',
    kinds: ['romance'],
    guides: ['romance-scam'],
    match: {
      phrases: ['oil rig', 'deployed', 'peacekeeping', 'on a ship', 'offshore', 'widower', 'widow', 'un doctor', 'customs fee', 'my inheritance',
        'flight ticket', 'cannot video call', 'can\'t video call', 'found your profile', 'saw your profile'],
      combination: { anyOf: ['romance-words', 'money-amount', 'wire-or-cash-payment'] },
    },
    examples: {
      mustMatch: ['My dear, I am a widower working on an oil rig, I cannot video call', 'Darling, I saw your profile and felt a connection. I am deployed overseas'],
      mustNotMatch: ['My uncle works on an oil rig, back in May', 'I saw your profile on the team page, welcome!'],
    },
  },
  {
    id: 'sextortion-threat',
    sign: 'blackmail',
    title: 'Claims to have a video of you and demands payment',
    explanation:
      'The email says someone hacked your device or webcam, has a video or photos, and will share them unless you pay in Bitcoin. It is a bluff sent to thousands; even an old password in it comes from a past data leak. Do not pay or reply; change that password.',
    severity: 'strong',
    kinds: ['sextortion'],
    guides: ['romance-scam'],
    match: {
      phrases: ['recorded you', 'webcam', 'your camera', 'intimate', 'adult website', 'adult site', 'your contacts', 'i know your password',
        'i hacked', 'malware on your', 'footage of you', 'i have footage', 'videos of you', 'i am aware that your password',
        'everyone will see', 'will see the video', 'i know about your', 'expose you', 'make it public',
        'friends and family', 'all your contacts', 'your email account', 'i have access to', 'pornography', 'porn', 'adult videos', 'explicit', 'compromising', 'recorded a video',
        'screen recording', 'i have full control', 'installed a software', 'installed software on your', 'i have access to your device', 'video of you', 'send it to all your'],
      combination: { anyOf: ['crypto-payment-requested', 'urgency-words', 'money-amount', 'investment-words'] },
    },
    examples: {
      mustMatch: ['I recorded you through your webcam. Pay $900 in bitcoin to this wallet address within 48 hours', 'I hacked your device and have a video of you. Send bitcoin or I send it to all your contacts'],
      mustNotMatch: ['My webcam is broken, can we just do audio?', 'Your password is due to expire; change it in settings'],
    },
  },
  {
    id: 'advance-fee-story',
    sign: 'money-you-did-not-expect',
    title: 'A stranger offers you a fortune, an inheritance or a deal',
    explanation:
      'A stranger says you are the beneficiary of an inheritance, a dying person\'s donation or a secret business deal worth millions. It is an old trick: fees, taxes and "paperwork" charges follow, and the money never comes.',
    severity: 'moderate',
    kinds: ['prize', 'romance'],
    guides: ['prize-lottery-win', 'romance-scam'],
    match: {
      phrases: ['beneficiary', 'inheritance', 'next of kin', 'business proposal', 'late husband', 'late father', 'late client', 'fortune',
        'donate to charity', 'charity work', 'barrister', 'diplomat', 'consignment box', 'dormant account', 'unclaimed funds',
        'dear beloved', 'million dollars', 'million usd', 'mutual benefit', 'benefit us both'],
    },
    examples: {
      mustMatch: ['I am a barrister and you are the beneficiary of an unclaimed inheritance', 'I have a business proposal that will benefit us both'],
      mustNotMatch: ['My nan left me her piano in her will', 'The charity run is on Sunday'],
    },
  },
  {
    id: 'overpayment-request',
    sign: 'move-your-money',
    title: 'Overpays you and asks for the difference back',
    explanation:
      'A buyer or client sends a cheque or payment for more than the price and asks you to send back the difference. The payment bounces days later and the money you sent is gone.',
    severity: 'strong',
    kinds: ['overpayment'],
    guides: ['job-task-scam'],
    match: {
      phrases: ['overpaid', 'overpayment', 'refund the difference', 'send back the difference', 'send the balance', 'refund the excess',
        'extra amount', 'mover will collect', 'my shipper', 'cashier\'s check for more'],
    },
    examples: {
      mustMatch: ['I sent a cheque for $2,500 by mistake, please refund the difference to my mover', 'You were overpaid, kindly send back the difference by wire'],
      mustNotMatch: ['The builder says we paid the exact amount', 'Thanks for paying me back for the cinema'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'lesson-or-service-request-words',
    sign: 'move-your-money',
    title: 'A stranger asks to book lessons or a service for a relative',
    explanation: 'The sender asks to book private lessons, tutoring or a service, often for a child, before you have ever spoken.',
    guides: ['job-task-scam'],
    match: {
      phrases: ['private lessons', 'private lesson', 'lessons for my daughter', 'lessons for my son', 'lessons for my child', 'tutor for my',
        'tutoring for my', 'lessons in your home', 'lessons at your', 'home schooled', 'homeschooled', 'book your services', 'hire your services'],
    },
    examples: { mustMatch: ['I want private lessons for my son', 'She is home schooled'], mustNotMatch: ['Piano lesson moved to 5', 'See you at school'] },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'overpayment-setup-words',
    sign: 'move-your-money',
    title: 'Sets up a payment from far away',
    explanation: 'The sender asks about your fees or says they are away or relocating and will pay by cheque or through an assistant or mover.',
    guides: ['job-task-scam'],
    match: {
      phrases: ['your policy with regard', 'your policy regarding', 'regard to the fees', 'relocating to', 'moving to your area', 'out of the country',
        'on a business trip', 'currently away', 'pay by check', 'pay by cheque', 'cashier\'s check', 'certified check', 'my assistant will',
        'my mover', 'my shipper', 'send you a check', 'send you a cheque'],
    },
    examples: { mustMatch: ['What is your policy with regard to the fees?', 'I am relocating to your area'], mustNotMatch: ['What time is the lesson?', 'I paid the fees'] },
  },
  {
    id: 'lesson-request-overpayment-setup',
    sign: 'move-your-money',
    title: 'A stranger books lessons or a service and asks about paying from afar',
    explanation:
      'A stranger writes, often by e-mail, to book lessons or a service (usually for a child) and asks about your fees, says they are relocating or travelling, or offers to pay by cheque. This is how overpayment scams start: the cheque is for more than the price, you are asked to send back the difference, and the cheque bounces later. Never send money back out of a payment you received, and wait until a cheque has fully cleared with your bank before you rely on it.',
    severity: 'moderate',
    kinds: ['overpayment'],
    guides: ['job-task-scam'],
    match: { combination: { anyOf: ['lesson-or-service-request-words', 'overpayment-setup-words', 'stranger-familiar-opener'], minAnyOf: 2 } },
    examples: {
      mustMatch: [
        'Hello, how are you doing today? I want private lessons for my son while we are relocating to your area. What is your policy with regard to the fees?',
        'I would like to book private lessons for my daughter. I am currently away, so I will pay by cheque.',
      ],
      mustNotMatch: ['Hi, can my daughter join the Saturday piano lessons? We live on your street.', 'I paid the lesson fees by bank transfer this morning'],
    },
  },
];
