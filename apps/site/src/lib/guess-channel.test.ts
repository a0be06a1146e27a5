import { describe, expect, it } from 'vitest';
import { guessChannel } from './guess-channel.js';

describe('guessChannel', () => {
  it('reads "press 1" and recorded-call words as a call', () => {
    expect(guessChannel('Hello, this is Amazon fraud prevention. If you did not authorise this purchase, press 1 now.')).toBe('call');
    expect(guessChannel('This is an automated message from the tax office regarding your case.')).toBe('call');
    expect(guessChannel('They left a voicemail saying my Social Security number was suspended')).toBe('call');
    expect(guessChannel('If you wish to speak with our executive, then press "one" now.')).toBe('call');
    expect(guessChannel('Hello, this is Microsoft tech support calling. You have a virus on your computer.')).toBe('call');
    expect(guessChannel('Please listen to this message in its entirety.')).toBe('call');
  });

  it('reads a transcript with speaker labels as a call', () => {
    expect(guessChannel('Caller: I am from your bank\nMe: which bank?\nCaller: read me the code')).toBe('call');
  });

  it('reads a subject or sender line as an email, even when it says press', () => {
    expect(guessChannel('Subject: Action required\n\nDear customer, your mailbox is full.')).toBe('email');
    expect(guessChannel('From: PayPal <service@paypa1.example>\nYour account is limited. Press the button below.')).toBe('email');
  });

  it('reads anything else as a text, including a text that only mentions calling', () => {
    expect(guessChannel('Royal Mail: your parcel is waiting, pay the fee at rm-redelivery.example')).toBe('text');
    expect(guessChannel('Hi Mum, this is my new number, can you call me later?')).toBe('text');
    expect(guessChannel('Your card was blocked. Call us on 0800 123 456.')).toBe('text');
    expect(guessChannel('You have 1 new voicemail. Please call 0871 918 154.')).toBe('text');
    expect(guessChannel('We billed you by mistake. Please call 0808 126 3000. This call will be free.')).toBe('text');
  });

  it('reads a texting service’s "From: … Msg:" header as a text, not an email', () => {
    expect(guessChannel('From: NETFLIX Msg: your payment failed, update your billing at nflx-help.example')).toBe('text');
  });
});
