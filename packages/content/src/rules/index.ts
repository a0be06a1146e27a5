// Every launch rule, grouped by theme in the files beside this one, ordered so that every combination
// comes after the rules it names (the CMS seed saves them one at a time and checks each against the saved ones).
// A combination naming a rule that is not here, or a loop, is caught by compile.test.ts (the engine refuses the bundle).
import { orderByCombinations } from '@redflags/engine';
import type { RuleInput } from '@redflags/schema';
import { accountRules } from './account.js';
import { accountAlertRules } from './account-alerts.js';
import { attachmentRules } from './attachments.js';
import { bankRules } from './bank.js';
import { bossRules } from './boss.js';
import { buildingBlocks } from './building-blocks.js';
import { callRules } from './calls.js';
import { datingLureRules } from './dating-lures.js';
import { deliveryRules } from './delivery.js';
import { disguisedWordRules } from './disguised-words.js';
import { familyRules } from './family.js';
import { generalRules } from './general.js';
import { giftLureRules } from './gift-lures.js';
import { governmentRules } from './government.js';
import { governmentNoticeRules } from './government-notices.js';
import { investmentRules } from './investment.js';
import { jobRules } from './job.js';
import { linkRules } from './links.js';
import { mailboxRules } from './mailbox.js';
import { paymentRules } from './payments.js';
import { personalRules } from './personal.js';
import { phoneRules } from './phones.js';
import { premiumRateRules } from './premium-rate.js';
import { prizeRules } from './prize.js';
import { refundRules } from './refunds.js';
import { romanceRules } from './romance.js';
import { sextortionRules } from './sextortion.js';
import { techSupportRules } from './tech-support.js';
import { topicWords } from './topic-words.js';

export const rules: RuleInput[] = orderByCombinations([
  ...buildingBlocks,
  ...topicWords,
  ...linkRules,
  ...phoneRules,
  ...generalRules,
  ...deliveryRules,
  ...bankRules,
  ...accountRules,
  ...paymentRules,
  ...governmentRules,
  ...governmentNoticeRules,
  ...prizeRules,
  ...giftLureRules,
  ...premiumRateRules,
  ...jobRules,
  ...investmentRules,
  ...personalRules,
  ...familyRules,
  ...bossRules,
  ...callRules,
  ...accountAlertRules,
  ...mailboxRules,
  ...refundRules,
  ...romanceRules,
  ...datingLureRules,
  ...sextortionRules,
  ...techSupportRules,
  ...disguisedWordRules,
  ...attachmentRules,
]);
