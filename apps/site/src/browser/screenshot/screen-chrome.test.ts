import { describe, expect, it } from 'vitest';
import { lineText, type OcrLine, type OcrPage } from './ocr-page';
import { isMailLabels, withoutScreenChrome } from './screen-chrome';

/** A line of text whose box spans x 90–800 from y0 to y1. */
const at = (y0: number, y1: number, text: string, x0 = 90): OcrLine => {
  const box = { x0, y0, x1: 800, y1 };
  return { words: text.split(' ').map((word) => ({ text: word, confidence: 95, box })), box };
};
const kept = (page: OcrPage) => withoutScreenChrome(page).map(lineText);
const phone = (lines: OcrLine[]): OcrPage => ({ width: 1170, height: 2532, lines });

// Where a 1170 × 2532 iOS screenshot has its parts (measured on the generated screenshots).
const IOS_BUBBLE = [at(627, 677, 'Royal Mail: Your parcel is on'), at(693, 743, 'hold because of an unpaid fee.')];

describe('withoutScreenChrome on a phone screenshot', () => {
  it('drops the status bar, the sender bar and the time stamp above the message', () => {
    const page = phone([
      at(60, 97, '9:41', 122),
      at(326, 352, '+44 7700 900461', 426),
      at(495, 526, 'Text Message', 460),
      at(539, 570, 'Today 09:41', 485),
      ...IOS_BUBBLE,
    ]);
    expect(kept(page)).toEqual(['Royal Mail: Your parcel is on', 'hold because of an unpaid fee.']);
  });

  it('drops the unknown-sender notice and the empty input box below it', () => {
    const page = phone([
      at(495, 526, 'Text Message', 460),
      ...IOS_BUBBLE,
      at(1116, 1150, 'The sender is not in your contact list.', 250),
      at(1170, 1204, 'Report Junk', 485),
      at(2348, 2401, 'Text Message', 63),
    ]);
    expect(kept(page)).toEqual(['Royal Mail: Your parcel is on', 'hold because of an unpaid fee.']);
  });

  it('drops Android’s top bar and its "Today · 09:41" stamp', () => {
    const page = phone([
      at(35, 72, '09:41', 57),
      at(142, 266, '+44 7700 900461', 46),
      at(372, 406, 'Today · 09:41', 464),
      at(485, 532, 'HMRC: You are eligible for a tax refund', 190),
      at(2346, 2404, 'Text message', 62),
    ]);
    expect(kept(page)).toEqual(['HMRC: You are eligible for a tax refund']);
  });

  it('without a time stamp, drops the short sender bar but keeps a message line just below it', () => {
    const page = phone([
      at(60, 97, '9:41', 122),
      at(326, 352, 'HSBC UK', 502),
      at(430, 480, 'HSBC: A new payee was added to your account'),
    ]);
    expect(kept(page)).toEqual(['HSBC: A new payee was added to your account']);
  });

  it('keeps message lines that happen to look like chrome when they are in the conversation', () => {
    const page = phone([at(495, 526, 'Text Message', 460), at(627, 677, 'Message me on WhatsApp'), at(693, 743, 'Text me back')]);
    expect(kept(page)).toEqual(['Message me on WhatsApp', 'Text me back']);
  });

  it('keeps a bubble’s last word that looks like chrome when it wrapped onto a row of its own', () => {
    const page = phone([at(372, 406, 'Today · 09:41', 464), at(485, 532, 'Aight, I’ll text you when I’m', 186), at(551, 589, 'back', 190)]);
    expect(kept(page)).toEqual(['Aight, I’ll text you when I’m', 'back']);
    const stampInText = phone([at(970, 1034, 'to any mobile try out', 89), at(1057, 1121, 'today', 89)]);
    expect(kept(stampInText)).toEqual(['to any mobile try out', 'today']);
  });

  it('drops delivery receipts and later time stamps in the conversation', () => {
    const page = phone([
      ...IOS_BUBBLE,
      at(800, 830, 'Delivered', 900),
      at(900, 930, 'Yesterday 18:02', 460),
      at(960, 990, 'Read 09:42', 900),
    ]);
    expect(kept(page)).toEqual(['Royal Mail: Your parcel is on', 'hold because of an unpaid fee.']);
  });
});

describe('withoutScreenChrome on other pictures', () => {
  it('keeps the top and bottom of a picture that is not phone-shaped', () => {
    const crop: OcrPage = { width: 900, height: 400, lines: [at(10, 40, 'Your parcel is on hold'), at(350, 390, 'Text Message')] };
    expect(kept(crop)).toEqual(['Your parcel is on hold']);
  });

  it('drops a mail client’s folders, buttons, "to me" and the time, and keeps the mail', () => {
    const mail: OcrPage = {
      width: 1280,
      height: 800,
      lines: [
        at(36, 50, 'Compose', 32),
        at(90, 102, 'Inbox', 27),
        at(90, 102, '24', 175),
        at(30, 43, 'Reportspam Delete Mark asunread Move to', 316),
        at(88, 104, 'Your account has been limited', 292),
        at(130, 144, 'PayPal Service <service@paypa1-secure-center.com>', 291),
        at(152, 161, 'to me', 290),
        at(142, 155, '09:41 (2 hours ago)', 1080),
        at(189, 203, 'Dear Customer,', 293),
      ],
    };
    expect(kept(mail)).toEqual(['Your account has been limited', 'PayPal Service <service@paypa1-secure-center.com>', 'Dear Customer,']);
  });
});

describe('isMailLabels', () => {
  it('recognises buttons and folders, with or without the spaces between them', () => {
    for (const text of ['Archive', 'Reportspam Delete Mark asunread Move to', 'Inbox 24', 'tome', 'Reply all Forward'])
      expect(isMailLabels(text)).toBe(true);
  });

  it('does not take a message’s words for labels', () => {
    for (const text of ['Dear Customer,', 'Mailbox storage full', 'Move to the new app', 'IT Support Team', '24', '', 'me:', 'Reply.'])
      expect(isMailLabels(text)).toBe(false);
  });
});
