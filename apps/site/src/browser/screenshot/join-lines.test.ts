import { describe, expect, it } from 'vitest';
import { joinLines, joinWrapped } from './join-lines';
import type { OcrLine } from './ocr-page';

/** A line of text at (x, y), 50 px tall, words as the OCR gives them. */
const at = (x: number, y: number, text: string, width = text.length * 25): OcrLine => {
  const box = { x0: x, y0: y, x1: x + width, y1: y + 50 };
  return { words: text.split(' ').map((word) => ({ text: word, confidence: 95, box })), box };
};

describe('joinLines', () => {
  it('joins the lines of one bubble into one line', () => {
    const bubble = [
      at(90, 627, 'Royal Mail: Your parcel is on'),
      at(91, 693, 'hold because of an unpaid'),
      at(90, 759, 'shipping fee of £1.45.'),
    ];
    expect(joinLines(bubble)).toBe('Royal Mail: Your parcel is on hold because of an unpaid shipping fee of £1.45.');
  });

  it('keeps a last line of small letters only, whose box is shorter, in its bubble', () => {
    // Boxes as read on a 3× Android screenshot at the large text size.
    const bubble = [
      { ...at(189, 915, 'help paying a bill today'), box: { x0: 189, y0: 915, x1: 924, y1: 976 } },
      { ...at(188, 1012, 'x'), box: { x0: 188, y0: 1012, x1: 221, y1: 1047 } },
    ];
    expect(joinLines(bubble)).toBe('help paying a bill today x');
  });

  it('keeps paragraphs apart, with a blank line between them', () => {
    const mail = [at(290, 200, 'Dear Customer,'), at(290, 300, 'We noticed unusual activity'), at(291, 366, 'on your account.')];
    expect(joinLines(mail)).toBe('Dear Customer,\n\nWe noticed unusual activity on your account.');
  });

  it('rejoins a link the screen wrapped, without a space inside it', () => {
    const lines = [at(90, 825, 'now to arrange delivery:'), at(87, 891, 'https://royalmail-redelivery-'), at(91, 957, 'uk.com/pay')];
    expect(joinLines(lines)).toBe('now to arrange delivery: https://royalmail-redelivery-uk.com/pay');
  });

  it('joins pieces of one row read as separate lines, in order from left to right', () => {
    const right = at(549, 131, 'portal.com>', 78);
    const left = at(291, 130, 'IT Helpdesk <helpdesk@mail-admin-', 254);
    expect(joinLines([right, left])).toBe('IT Helpdesk <helpdesk@mail-admin-portal.com>');
    expect(joinLines([at(100, 100, 'Sign in at', 150), at(270, 102, 'example.com today', 200)])).toBe('Sign in at example.com today');
  });

  it('keeps the OCR’s reading order, which follows columns', () => {
    const columns = [at(100, 100, 'left column'), at(100, 160, 'goes on'), at(700, 100, 'right column')];
    expect(joinLines(columns)).toBe('left column goes on\n\nright column');
  });

  it('starts a new paragraph where the next line is not under the one above, as for a reply bubble', () => {
    expect(joinLines([at(90, 100, 'from them'), at(600, 160, 'from me')])).toBe('from them\n\nfrom me');
  });

  it('keeps a bubble’s last line in it when an avatar beside it widened its box', () => {
    expect(joinLines([at(190, 915, 'https://royalmail-', 530), at(36, 996, 'redelivery-uk.com/pay', 856)])).toBe(
      'https://royalmail-redelivery-uk.com/pay',
    );
  });

  it('keeps a row of short letters only ("me:") in its bubble although its box starts lower', () => {
    // Boxes as read on a 3× iOS screenshot at the large text size.
    const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });
    const row = (text: string, b: ReturnType<typeof box>): OcrLine => ({ ...at(b.x0, b.y0, text), box: b });
    const bubble = [
      row('Hi there, this is', box(93, 628, 583, 686)),
      row("Hillary. Let's meet for", box(93, 712, 790, 776)),
      row('a bite or drinks? Txt', box(91, 799, 746, 850)),
      row('me:', box(93, 896, 207, 934)),
    ];
    expect(joinLines(bubble)).toBe("Hi there, this is Hillary. Let's meet for a bite or drinks? Txt me:");
  });

  it('still starts a new paragraph one blank line down when a row of short letters follows', () => {
    const mail = [at(290, 100, 'We noticed unusual activity'), at(290, 166, 'on your account.'), at(290, 300, 'sure', 100)];
    expect(joinLines(mail)).toBe('We noticed unusual activity on your account.\n\nsure');
  });

  it('joins the rest of a link to the row it filled, wherever the screen cut it', () => {
    const cutAfterCo = [at(92, 1141, 'request here:', 430), at(93, 1228, 'regionscardalerts.co', 663), at(93, 1325, 'm', 53)];
    expect(joinLines([at(92, 1057, '5:10pm EST? Cancel', 668), ...cutAfterCo])).toBe(
      '5:10pm EST? Cancel request here: regionscardalerts.com',
    );
    const cutInPath = [at(87, 970, 'http://hnkmrb.com/WI', 720), at(89, 1058, 'XTZAO', 220)];
    expect(joinLines([at(91, 890, 'drinks? Txt me:', 500), ...cutInPath])).toBe('drinks? Txt me: http://hnkmrb.com/WIXTZAO');
  });

  it('joins the rest of a link glued to the words before it to the row it filled', () => {
    expect(joinLines([at(91, 759, 'not, email', 248), at(91, 825, 'me...http://zglptv.com/no2hr', 726), at(89, 892, 'ZB', 65)])).toBe(
      'not, email me...http://zglptv.com/no2hrZB',
    );
  });

  it('keeps a space after a short link alone on its row, which the screen did not cut', () => {
    expect(joinLines([at(90, 100, 'Sign in to your account at', 700), at(90, 166, 'example.com', 280), at(90, 232, 'today', 130)])).toBe(
      'Sign in to your account at example.com today',
    );
  });

  it('gives an empty text for no lines', () => {
    expect(joinLines([])).toBe('');
  });
});

describe('joinWrapped', () => {
  it('joins words with a space', () => {
    expect(joinWrapped('call us on', '0800 123 456')).toBe('call us on 0800 123 456');
    expect(joinWrapped('Visit amazon.com', 'today to check')).toBe('Visit amazon.com today to check');
    expect(joinWrapped('See you there,', 'Chloe')).toBe('See you there, Chloe');
  });

  it('joins a word cut after its own hyphen without a space', () => {
    expect(joinWrapped('at hmrc-refund-', 'claim.co.uk/start')).toBe('at hmrc-refund-claim.co.uk/start');
    expect(joinWrapped('E-', 'ZPass: You have')).toBe('E-ZPass: You have');
  });

  it('keeps a spaced dash as a dash between words', () => {
    expect(joinWrapped('your parcel -', 'pay now')).toBe('your parcel - pay now');
  });

  it('joins a link cut anywhere inside it', () => {
    expect(joinWrapped('pay at https://example-pay.co', 'm/invoice')).toBe('pay at https://example-pay.com/invoice');
    expect(joinWrapped('go to www.example.com/', 'account')).toBe('go to www.example.com/account');
    expect(joinWrapped('visit example.co.', 'uk/help')).toBe('visit example.co.uk/help');
    expect(joinWrapped('visit amazon-verify.inf', 'o/login')).toBe('visit amazon-verify.info/login');
    expect(joinWrapped('go to example.com', 'now')).toBe('go to example.com now');
    expect(joinWrapped('at www.royalmail.com', 'or call')).toBe('at www.royalmail.com or call');
  });

  it('does not glue the sentence after a link or an abbreviation to it', () => {
    expect(joinWrapped('visit example.com.', 'Then call us')).toBe('visit example.com. Then call us');
    expect(joinWrapped('bring snacks, e.g.', 'crisps')).toBe('bring snacks, e.g. crisps');
    expect(joinWrapped('a fee of £1.45.', 'pay now')).toBe('a fee of £1.45. pay now');
    // A sentence run together is not a link, though its last word may be a top-level domain (.call).
    expect(joinWrapped('on your account.Visit', 'example.com/web')).toBe('on your account.Visit example.com/web');
    expect(joinWrapped('is on hold.Call', 'us.now/please')).toBe('is on hold.Call us.now/please');
  });
});
