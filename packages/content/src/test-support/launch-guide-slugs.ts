// The launch topics' guide slugs, for the content's tests: each topic must have its guide under exactly this
// slug, and launch rules may link only to these (links and tests elsewhere use the same slugs).
export const LAUNCH_GUIDE_SLUGS: readonly string[] = [
  'amazon-fraud-prevention-call',
  'parcel-delivery-text',
  'bank-fraud-team-call',
  'government-tax-impersonation',
  'road-toll-text',
  'prize-lottery-win',
  'job-task-scam',
  'romance-scam',
  'hi-mum-family-emergency',
  'boss-gift-card-request',
  'tech-support-scam',
  'one-time-code-theft',
  'investment-crypto-scam',
  'account-problem-message',
];
