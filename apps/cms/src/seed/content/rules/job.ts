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
    title: 'Talks about a job or work',
    explanation: 'The message offers work or income.',
    guides,
    match: {
      phrases: ['part-time', 'part time', 'work from home', 'remote work', 'your cv', 'your resume', 'recruiter', 'recruitment',
        'employee', 'vacancy', 'mystery shopper', 'mystery shoppers', 'recruiting', 'remote workers', 'online assistant',
        'online assistants', 'hr department', 'interview', 'commission', 'work online', 'workers', 'position', 'profile matches',
        'your profile', 'opportunity', 'looking for work', 'make money', 'earn cash', 'earn money', 'side hustle', 'extra cash'],
      patterns: wholeWords('job', 'jobs', 'hiring', 'earn', 'income', 'salary'),
    },
    examples: { mustMatch: ['We are hiring', 'Part-time work'], mustNotMatch: ['Nice weather', 'See you later'] },
  },
  {
    id: 'job-pay-too-good',
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
        'hours a day', 'per order', 'looking for online'],
    },
    examples: {
      mustMatch: ['Do you need extra income? Simple tasks, work from your phone', 'Mystery shopper job available in your area'],
      mustNotMatch: ['I start my new job on Monday', 'Working late today, home by 8'],
    },
  },
  {
    id: 'job-offer-with-contact',
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
];
