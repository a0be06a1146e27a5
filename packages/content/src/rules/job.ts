// Job offers and "task" work: easy money for little work, contact by chat app, then fees.
import type { RuleInput } from '@redflags/schema';
import { wholeWords } from './whole-words.js';

const guides = ['job-task-scam'];
const kinds = ['job'];

export const jobRules: RuleInput[] = [
  {
    scored: false,
    severity: 'weak',
    id: 'job-offer-words',
    sign: 'job-offer',
    title: 'Talks about a job or work',
    explanation: 'The message offers work or income.',
    guides,
    match: {
      phrases: ['part-time', 'part time', 'work from home', 'remote work', 'your cv', 'your resume', 'recruiter', 'recruitment', 'our hr', 'hr team',
        'hr manager', 'application was successful', 'onboarding', 'shortlisted', 'brand ambassador', 'ambassadors', 'get paid', 'be your own boss',
        'assistants', 'daily settlement', 'product exposure', 'talent agency', 'staffing agency',
        'employee', 'vacancy', 'mystery shopper', 'mystery shoppers', 'recruiting', 'remote workers', 'online assistant',
        'online assistants', 'hr department', 'interview', 'commission', 'work online', 'workers', 'position', 'profile matches',
        'your profile', 'opportunity', 'looking for work', 'make money', 'earn cash', 'earn money', 'side hustle', 'extra cash'],
      patterns: wholeWords('job', 'jobs', 'hiring', 'earn', 'income', 'salary'),
    },
    examples: { mustMatch: ['We are hiring', 'Part-time work'], mustNotMatch: ['Nice weather', 'See you later'] },
  },
  {
    id: 'job-pay-too-good',
    sign: 'job-offer',
    title: 'Job offer with high pay for little work',
    explanation:
      'An unexpected job offer promises high daily pay for easy tasks, from home, with no interview. Task scams pay a little at first, then ask you to pay in to "unlock" bigger earnings.',
    severity: 'moderate',
    kinds,
    guides,
    match: {
      patterns: [
        ...['day', 'daily', 'hour', 'task', 'assignment', 'week', 'weekly', 'like', 'review', 'video'].flatMap((unit) => [
          { regex: `[$£][\\d,.]{1,9} ?(?:a|an|per|/)? ?${unit}`, literal: unit },
          { regex: `[\\d,]{2,9} ?(?:usd|dollars|gbp|pounds|aud|cad|eur) ?(?:a|per|/)? ?${unit}`, literal: unit },
          { regex: `[\\d,]{2,9} ?(?:-|to) ?[$£]?[\\d,]{2,9} ?(?:usd|dollars|gbp|pounds)? ?(?:a|per|/)? ?${unit}`, literal: unit },
        ]),
        { regex: '\\bearn up to\\b', literal: 'earn up to' },
        { regex: '\\bearn\\b[^.!?\\n]{0,30}\\b(?:per|a) (?:day|task|hour)', literal: 'earn' },
        { regex: '[$£][\\d,]{1,9} ?(?:-|to) ?[$£]?[\\d,]{1,9} (?:a|per) day', literal: 'day' },
        { regex: '\\bsalary of\\b[^.!?\\n]{0,20}\\bper day', literal: 'salary' },
        { regex: '\\bdaily (?:income|pay|salary|earnings|wage)\\W{0,3}(?:of )?[$£]?\\d', literal: 'daily' },
        { regex: '\\bweekly (?:income|pay|salary|earnings|wage)\\W{0,3}(?:of )?[$£]?\\d', literal: 'weekly' },
      ],
      combination: { anyOf: ['job-offer-words'] },
    },
    examples: {
      mustMatch: ['Part-time job from home, earn $300 per day', 'We are hiring: $50-$200 a day, flexible hours'],
      mustNotMatch: ['The job pays well but the hours are long', 'Parking costs $20 a day there'],
    },
  },
  {
    id: 'job-contact-by-chat-app',
    sign: 'job-offer',
    title: 'Job offer that asks you to message on WhatsApp or Telegram',
    explanation:
      'A stranger offers work and asks you to reply on WhatsApp or Telegram. Real employers use their own email and websites, and interview you first.',
    severity: 'strong',
    kinds,
    guides,
    match: { combination: { allOf: ['job-offer-words'], anyOf: ['messaging-app-contact', 'phone-international-with-request'] } },
    examples: {
      mustMatch: ['Part-time job, earn daily. Message me on Telegram: t.me/jobs_fast', 'Your CV has passed. Contact HR on WhatsApp: https://wa.me/15550100'],
      mustNotMatch: ['Good luck with the job interview tomorrow!', 'Message me on Telegram about the party'],
    },
  },
  {
    id: 'job-unsolicited-offer',
    sign: 'job-offer',
    title: 'Job offer you did not apply for',
    explanation:
      'The message says your CV was picked or offers work you never applied for. Recruiters who found you online still use their company\'s name and email; anonymous texts are usually scams.',
    severity: 'moderate',
    kinds,
    guides,
    match: {
      phrases: ['your cv has passed', 'your resume has passed', 'your cv has been', 'your resume has been', 'looking for jobs online',
        'still looking for a job', 'still looking for jobs', 'work part-time', 'part job from home', 'part-job from home', 'at your leisure',
        'won\'t disturb your current job', 'will not affect your current job', 'mystery shopper', 'mystery shoppers', 'offline sales',
        'online sales workers', 'we are recruiting', 'looking for part-time', 'extra income', 'work from home', 'work from your phone',
        'simple tasks', 'optimize products', 'rate products', 'like videos', 'app optimization', 'flexible hours', 'hiring remote',
        'we are recruiting online', 'online assistants', 'earn up to', 'from your phone', 'no experience needed', 'no experience required',
        'daily pay', 'paid daily', 'weekly pay', 'remote workers', 'interested? reply', 'profile matches', 'online job', 'daily income',
        'only need your phone', 'minutes a day', 'a minute of your time', 'recruitment company', 'recruitment agency', 'hiring part-time',
        'part-time staff', 'part time staff', 'earn extra', 'comfort of your home', 'hr from', 'hr manager from', 'saw your resume', 'saw your cv', 'found your resume',
        'reply for more', 'side job', 'part-timers', 'part timers', 'order takers', 'simple and flexible', 'hour a day',
        'hours a day', 'per order', 'looking for online', 'like youtube videos', 'youtube videos', 'liking videos', 'like and subscribe',
        'tiktok videos', 'write reviews', 'hotel reviews', 'product reviews', 'rate hotels', 'boost ratings', 'app ratings', 'data entry',
        'looking for people to', 'looking for someone to', 'work remotely', 'remote position', 'remote job', 'online position', 'home based',
        'hr manager', 'we have a position', 'a position for you', 'found your resume', 'found your cv', 'would like to offer you a', 'i am recruiting',
        'recruiting for', 'daily salary', 'daily earnings', 'earn 500', 'work-from-home', 'part time worker', 'part-time worker', 'be hire',
        'earn from home', 'per day from home', 'daily from home', 'remote assistants', 'send your cv', 'send your resume', 'boost sales',
        'help merchants', 'merchants increase', 'people to help', 'be your own boss', 'get paid to', 'daily settlement', 'product exposure',
        'earn some extra', 'earn extra money', 'make extra money', 'make some extra', 'in your free time', 'in your spare time', 'onboarding fee',
        'registration fee', 'training fee', 'starter kit', 'looking for partners', 'brand ambassadors', 'application was successful'],
    },
    examples: {
      mustMatch: ['Do you need extra income? Simple tasks, work from your phone', 'Mystery shopper job available in your area'],
      mustNotMatch: ['I start my new job on Monday', 'Working late today, home by 8'],
    },
  },
  {
    id: 'job-offer-with-contact',
    sign: 'job-offer',
    title: 'Unexpected job offer with a number or link to reply to',
    explanation:
      'An unexpected offer of easy, well-paid work asks you to text a number or open a link to apply. Real employers advertise on their own websites and job boards, and interview you before any offer.',
    severity: 'strong',
    kinds,
    guides,
    match: { combination: { allOf: ['job-unsolicited-offer'], anyOf: ['has-phone-number', 'has-link', 'messaging-app-contact', 'job-pay-too-good', 'reply-keyword'] } },
    examples: {
      mustMatch: ['Extra income! Simple tasks from home, text Anna on +1 415 555 0172 for details', 'Mystery shoppers needed, $250 per task. Apply: https://shopper-jobs.top'],
      mustNotMatch: ['I am a mystery shopper fan, love that show', 'Working from home today, call me on 07700 900555 if needed'],
    },
  },
  {
    id: 'task-scam-deposit',
    sign: 'job-offer',
    title: 'Asks you to pay in to unlock tasks or earnings',
    explanation:
      'The "job" asks you to top up, deposit or pay to unlock tasks, a higher level or your commission. Real jobs pay you; they never ask you to pay them.',
    severity: 'strong',
    kinds,
    guides,
    match: {
      phrases: ['top up your account', 'recharge your account', 'negative balance', 'unlock your commission', 'combo task', 'premium task',
        'deposit to continue', 'pay to unlock', 'upgrade your level', 'vip level', 'commission will be returned'],
    },
    examples: {
      mustMatch: ['You got a combo task, recharge your account to continue and earn triple commission', 'Your balance is negative, deposit to continue your tasks'],
      mustNotMatch: ['I topped up my bus pass', 'My commission this month was good'],
    },
  },
  {
    scored: false,
    severity: 'weak',
    id: 'job-detail-words',
    sign: 'job-offer',
    title: 'Describes pay, hours or requirements of a job',
    explanation: 'The message describes a job: pay per hour or day, working hours, age limits or what the work involves.',
    guides,
    match: {
      phrases: ['salary', 'per hour', 'an hour', '/hr', 'per week', 'a week', 'per day', 'a day', 'per month', 'weekly pay', 'paid weekly',
        'working hours', 'work hours', 'flexible', 'no experience', 'training provided', 'requirements', 'requirement', 'age 18', 'over 18',
        '18 or older', 'must be 18', 'aged', 'years old', 'job description', 'responsibilities', 'commission', 'bonus', 'part-time job',
        'full-time job', 'job offer', 'job opportunity', 'employment opportunity', 'work opportunity', 'we are looking for', 'looking for staff',
        'hiring', 'recruiting', 'apply now', 'positions available', 'vacancies', 'openings'],
    },
    examples: {
      mustMatch: ['Pay is $20 per hour, flexible hours', 'Requirements: aged 21 or over'],
      mustNotMatch: ['See you at the weekend', 'Thanks for the lovely dinner'],
    },
  },
  {
    id: 'job-recruitment-pitch',
    sign: 'job-offer',
    title: 'An unexpected job pitch with pay details and a way to sign up',
    explanation:
      'A message you did not ask for describes a job (pay per hour or day, flexible hours, few requirements) and gives a number, link or chat app to sign up. Real employers rarely recruit by text to strangers. These pitches lead to task scams that make you pay in, or to "employers" who collect your identity documents and bank details. Look the company up yourself and apply only through its own website.',
    severity: 'moderate',
    kinds,
    guides,
    match: { combination: { allOf: ['job-offer-words', 'job-detail-words', 'gives-contact'] } },
    examples: {
      mustMatch: [
        'We are looking for remote workers: flexible hours, salary paid weekly. Apply now at https://jobs-fast.top',
        'Part-time job opportunity, no experience needed, earn per day. Contact our recruiter on +44 7700 900321',
      ],
      mustNotMatch: ['Job interview went well, they said the salary is paid monthly', 'The shop is hiring for Christmas, ask at the counter'],
    },
  },
];
