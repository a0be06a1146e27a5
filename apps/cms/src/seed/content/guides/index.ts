// The launch guides, one file each. The Amazon fraud prevention call comes first: it is the reference guide.
import type { GuideSeed } from '../types.js';
import { accountProblemMessage } from './account-problem-message.js';
import { amazonFraudPreventionCall } from './amazon-fraud-prevention-call.js';
import { bankFraudTeamCall } from './bank-fraud-team-call.js';
import { bossGiftCardRequest } from './boss-gift-card-request.js';
import { governmentTaxImpersonation } from './government-tax-impersonation.js';
import { hiMumFamilyEmergency } from './hi-mum-family-emergency.js';
import { investmentCryptoScam } from './investment-crypto-scam.js';
import { jobTaskScam } from './job-task-scam.js';
import { oneTimeCodeTheft } from './one-time-code-theft.js';
import { parcelDeliveryText } from './parcel-delivery-text.js';
import { prizeLotteryWin } from './prize-lottery-win.js';
import { roadTollText } from './road-toll-text.js';
import { romanceScam } from './romance-scam.js';
import { techSupportScam } from './tech-support-scam.js';

export const guides: GuideSeed[] = [
  amazonFraudPreventionCall,
  parcelDeliveryText,
  bankFraudTeamCall,
  governmentTaxImpersonation,
  roadTollText,
  prizeLotteryWin,
  jobTaskScam,
  romanceScam,
  hiMumFamilyEmergency,
  bossGiftCardRequest,
  techSupportScam,
  oneTimeCodeTheft,
  investmentCryptoScam,
  accountProblemMessage,
];
