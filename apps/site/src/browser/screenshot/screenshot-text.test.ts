// screenshotText on what tesseract really read from generated screenshots (fixtures/ocr-pages.json,
// recorded from the browser with the site's reader; apps/site/fixtures/screenshots made the pictures).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OcrPage } from './ocr-page';
import { screenshotText } from './screenshot-text';

const pages = JSON.parse(readFileSync(new URL('./fixtures/ocr-pages.json', import.meta.url), 'utf8')) as Record<string, OcrPage>;

describe('screenshotText', () => {
  it('gives exactly the message of an iOS screenshot: no status bar, sender, time stamp, notice or input box, the wrapped link whole', () => {
    expect(screenshotText(pages['parcel-fee-ios-light-regular']!)).toBe(
      'Royal Mail: Your parcel is on hold because of an unpaid shipping fee of £1.45. Pay now to arrange delivery: https://royalmail-redelivery-uk.com/pay',
    );
  });

  it('gives the message of an Android screenshot in dark mode without the avatar’s letter beside the bubble', () => {
    expect(screenshotText(pages['new-payee-android-dark-regular']!)).toBe(
      'HSBC: A new payee (J Smith) was added to your account at 14:22. If this was NOT you, call our fraud team now on 0161 496 0734.',
    );
    expect(screenshotText(pages['hi-mum-android-dark-large']!)).toBe(
      'Hi Mum, I dropped my phone in the sink and this is my new number. Can you message me on WhatsApp? I need help paying a bill today X',
    );
  });

  it('gives an email’s subject, sender and paragraphs without the mail client’s folders, buttons and time', () => {
    // Two misreadings are the OCR's own: "paypa1" in small text is read "paypal", and "to me" beside the time "to apap".
    expect(screenshotText(pages['account-limited-email-dark-large']!)).toBe(
      [
        'Your account has been limited',
        'PayPal Service <service@paypal-secure-center.com> apap',
        'Dear Customer,',
        'We noticed unusual activity on your account and have limited what you can do with it. To restore full access, confirm your details within 24 hours.',
        'Confirm now: https://paypal-secure-center.com/restore',
        'If you do not confirm, your account will be permanently closed.',
      ].join('\n\n'),
    );
  });
});
