import { describe, expect, it } from 'vitest';
import { guessChannel } from './guess-channel.js';

/** Expects every message to be read as `channel`, naming the message that is not. */
const reads = (messages: string[], channel: ReturnType<typeof guessChannel>) => {
  for (const message of messages) expect(guessChannel(message), message).toBe(channel);
};

describe('guessChannel', () => {
  it('reads "press 1" and recorded-call words as a call', () => {
    reads(
      [
        'Hello, this is Amazon fraud prevention. If you did not authorise this purchase, press 1 now.',
        'This is an automated message from the tax office regarding your case.',
        'They left a voicemail saying my Social Security number was suspended',
        'If you wish to speak with our executive, then press "one" now.',
        'Hello, this is Microsoft tech support calling. You have a virus on your computer.',
        'Please listen to this message in its entirety.',
      ],
      'call',
    );
  });

  it('reads a transcript with speaker labels as a call', () => {
    reads(['Caller: I am from your bank\nMe: which bank?\nCaller: read me the code'], 'call');
  });

  it('reads a subject or sender line as an email, even when it says press', () => {
    reads(
      [
        'Subject: Action required\n\nDear customer, your mailbox is full.',
        'From: PayPal <service@paypa1.example>\nYour account is limited. Press the button below.',
      ],
      'email',
    );
  });

  it('reads anything else as a text, including a text that only mentions calling', () => {
    reads(
      [
        'Royal Mail: your parcel is waiting, pay the fee at rm-redelivery.example',
        'Hi Mum, this is my new number, can you call me later?',
        'Your card was blocked. Call us on 0800 123 456.',
        'You have 1 new voicemail. Please call 0871 918 154.',
        'We billed you by mistake. Please call 0808 126 3000. This call will be free.',
      ],
      'text',
    );
  });

  it('reads a texting service’s "From: … Msg:" header as a text, not an email', () => {
    reads(['From: NETFLIX Msg: your payment failed, update your billing at nflx-help.example'], 'text');
  });
});
