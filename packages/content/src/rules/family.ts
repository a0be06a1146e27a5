// "Hi Mum" and grandparent scams: a relative on a new number, a sudden emergency, a request for money.
import type { RuleInput } from '@redflags/schema';

export const familyRules: RuleInput[] = [
  {
    id: 'new-number-claim',
    sign: 'someone-you-know-needs-money',
    title: 'Someone says this is their new number',
    explanation:
      'The message says it is from someone you know writing from a new number. Before you reply with anything, or send money, call them on the number you already have.',
    severity: 'weak',
    kinds: ['family-emergency', 'wrong-number'],
    guides: ['hi-mum-family-emergency'],
    match: {
      phrases: ['my new number', 'this is my new number', 'new number', 'save this number', 'save my number', 'save my new number',
        'text me on this number', 'call me on this number', 'friend\'s phone', 'friends phone', 'friend phone', 'borrowed phone'],
    },
    examples: {
      mustMatch: ['Hi, this is my new number, save it please', 'I am texting from a friend\'s phone, save this number'],
      mustNotMatch: ['Can I borrow your charger?', 'What is your number again? Mine is the same'],
    },
  },
  {
    id: 'family-new-number-emergency',
    sign: 'someone-you-know-needs-money',
    title: '"Hi Mum" or "Hi Dad" from a new number',
    explanation:
      'A message says it is your child or grandchild on a new number because their phone broke, and soon asks for money for a bill or an emergency. Call your child on their old number or ask a question only they would know.',
    severity: 'strong',
    kinds: ['family-emergency'],
    guides: ['hi-mum-family-emergency'],
    match: { combination: { allOf: ['family-words'], anyOf: ['new-number-claim', 'broken-phone-story', 'family-emergency-story', 'messaging-app-contact'] } },
    examples: {
      mustMatch: ['Hi Mum, this is my new number, my phone broke. Can you text me?', 'Hi Dad, I dropped my phone, using a friend\'s phone. Save this number'],
      mustNotMatch: ['Hi Mum, dinner was lovely, thank you!', 'Dad, can you pick me up at 6 from football?'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'broken-phone-story',
    sign: 'someone-you-know-needs-money',
    title: 'Says their phone broke or was lost',
    explanation: 'The message explains a new number with a broken, lost or dropped phone.',
    guides: ['hi-mum-family-emergency'],
    match: {
      phrases: ['dropped my phone', 'drop my phone', 'phone broke', 'phone is broken', 'broke my phone', 'lost my phone', 'phone in the toilet',
        'phone doesn\'t turn on', 'phones doesn\'t turn on', 'phone won\'t turn on', 'phone does not turn on', 'new phone', 'phone is not working',
        'not work properly', 'phone got stolen', 'phone was stolen', 'phone fell', 'temporary number', 'changed my number',
        'delete the old', 'old number', 'message me on here', 'message me here', 'text me here', 'new sim', 'this is my number now',
        'phone is damaged', 'phone screen', 'can\'t use my phone'],
    },
    examples: { mustMatch: ['I dropped my phone', 'my phone broke'], mustNotMatch: ['call my phone', 'phone me'] },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'family-emergency-story',
    sign: 'someone-you-know-needs-money',
    title: 'Tells of an accident, arrest or hospital stay',
    explanation: 'The message tells of an accident, arrest or emergency.',
    guides: ['hi-mum-family-emergency'],
    match: {
      phrases: ['in jail', 'arrested me', 'been arrested', 'bail', 'accident', 'in hospital', 'in the hospital', 'big problem', 'in trouble',
        'don\'t tell mum', 'don\'t tell dad', 'don\'t tell mom', 'lawyer', 'urgent bill', 'need to pay a bill', 'can\'t access my bank',
        'need your help', 'don\'t tell anyone', 'please don\'t tell', 'police station', 'i need money', 'need money', 'arrested',
        'been arrested', 'in custody', 'hospital bill'],
    },
    examples: { mustMatch: ['I am in jail', 'there was an accident'], mustNotMatch: ['I am in Paris', 'there was a party'] },
  },
  {
    id: 'family-money-request-with-problem',
    sign: 'someone-you-know-needs-money',
    title: 'A family member asks for money because of a sudden problem',
    explanation:
      'A message from "your son", "your daughter" or another relative asks for money now because of a blocked card, a bill or an emergency. Call them on the number you already have before you send anything.',
    severity: 'moderate',
    kinds: ['family-emergency'],
    guides: ['hi-mum-family-emergency'],
    match: {
      phrases: ['can you send', 'send me', 'transfer me', 'lend me', 'i need money', 'pay it for me', 'pay this for me', 'help me pay'],
      combination: { allOf: ['family-words', 'money-amount'], anyOf: ['account-problem-words', 'urgency-words', 'family-emergency-story', 'broken-phone-story'] },
    },
    examples: {
      mustMatch: ['Hi Dad, my bank card was blocked and I need to pay rent today. Can you send £900?', 'Mum, my phone broke and I need to pay a bill, can you send $450 urgently?'],
      mustNotMatch: ['Dad, can you send me £20 for the cinema? Love you', 'Mum, I sent you the £30 for the flowers'],
    },
  },
  {
    id: 'grandparent-emergency-call',
    sign: 'someone-you-know-needs-money',
    title: 'A grandchild in trouble who needs money fast',
    explanation:
      'A caller says they are your grandchild (or a lawyer or officer for them), that they had an accident or were arrested, and need money for bail or fees, often "don\'t tell Mum". Hang up and call your grandchild or their parents on a number you know.',
    severity: 'strong',
    kinds: ['family-emergency'],
    guides: ['hi-mum-family-emergency'],
    match: { combination: { allOf: ['family-words', 'family-emergency-story'] } },
    examples: {
      mustMatch: ['Grandma, it is me. I had an accident and I am in jail, I need bail money', 'Hi Dad, I am in trouble, I need money for a lawyer, don\'t tell Mum'],
      mustNotMatch: ['Grandma, thanks for the birthday card!', 'Mum, I am at the hospital for my check-up, all fine'],
    },
  },
  {
    id: 'money-request-from-new-contact',
    sign: 'someone-you-know-needs-money',
    title: 'Someone new, or on a new number, asks for money',
    explanation:
      'A contact on a new number, or someone you have only met online, asks you to send or lend money. Scammers build trust first and then invent a bill, a fee or an emergency.',
    severity: 'strong',
    kinds: ['family-emergency', 'romance'],
    guides: ['hi-mum-family-emergency', 'romance-scam'],
    match: {
      phrases: ['send me money', 'lend me', 'transfer the money', 'pay this bill', 'pay a bill', 'pay for me', 'send the money', 'can you send',
        'help me pay', 'money for', 'bank transfer', 'can you transfer'],
      combination: { anyOf: ['new-number-claim', 'romance-words', 'romance-opener'] },
    },
    examples: {
      mustMatch: ['This is my new number. Can you help me pay a bill today? I will pay you back', 'My love, I need you to send me money for the flight'],
      mustNotMatch: ['Can you lend me your ladder on Saturday? I will drop by', 'I will pay you back for the tickets when I see you'],
    },
  },
];
