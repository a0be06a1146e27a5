// A voicemail in the style of the Amazon "fraud prevention" scam, written for these tests (not from the corpus).
export const AMAZON_VOICEMAIL =
  'Hello, this is Amazon fraud prevention. We have detected a suspicious purchase of an iPhone 15 for $799 on your account. ' +
  'If you did not authorise this purchase, press 1 now or call us back on +1 888 555 0143.';

export const HARMLESS_TEXT = 'Running 10 min late, save me a seat x';
