// Tells a screenshot's chrome from its message: the phone's status bar, the conversation's sender bar
// and time stamps, the messages app's notices and input box, a mail client's buttons and folders.
// The checker should read the message, not "Text Message · Today 09:41" or "Report Junk".
import { continuesRowAbove, lineText, type OcrLine, type OcrPage } from './ocr-page';

const DAY = `(?:today|yesterday|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DATE = String.raw`(?:${DAY}|\d{1,2}(?:st|nd|rd|th)?\s${MONTH}(?:\s\d{4})?|${MONTH}\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s\d{4})?|\d{1,2}/\d{1,2}/\d{2,4})`;
const TIME = String.raw`\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?`;
const SERVICE = String.raw`(?:text\s?message|imessage|sms|mms|rcs(?:\s(?:chat|message))?|chat)`;
const SEPARATOR = String.raw`\s*[·•.,\-–—]?\s*`;

/** A conversation's time stamps: "Text Message · Today 09:41", "Today - 09:41", "Yesterday", "Mon, 3 Jun at 14:02", "09:41 (2 hours ago)". */
const STAMP_LINES: RegExp[] = [
  new RegExp(
    String.raw`^(?:${SERVICE}${SEPARATOR})?(?:${DATE},?${SEPARATOR}(?:at\s)?)?${TIME}(?:\s\(\d+\s(?:minutes?|hours?|days?)\sago\))?$`,
    'i',
  ),
  new RegExp(`^(?:${SERVICE}|${DATE})$`, 'i'),
  new RegExp(`^${SERVICE}${SEPARATOR}${DATE}$`, 'i'),
];

/** Other lines that are never a message's words, wherever they appear. */
const NOTICE_LINES: RegExp[] = [
  // Delivery receipts.
  new RegExp(String.raw`^(?:delivered|read|seen|sent|not delivered|sending)(?:\s(?:${DATE}\s)?${TIME})?$`, 'i'),
  // The messages apps' own notices about unknown senders and links.
  /^the sender is not in your contacts? list\.?$/i,
  // (The link-coloured "Report Junk" is often misread: "REPOIT JUNK".)
  /^(?:re\w{2,4}t junk|report spam|block(?: number)?|block (?:&|and) report(?: spam)?|report (?:&|and) block|not spam)$/i,
  /^tap to load preview\.?$/i,
  // An unread count or a badge on its own.
  /^\d{1,3}$/,
  /^if you did not expect this message from an unknown sender, it may be (?:spam|junk)\.?$/i,
];

/** What a messages app's input box says when empty. */
const INPUT_PLACEHOLDER = new RegExp(`^(?:${SERVICE}|type a message|message|write a message|start chat)$`, 'i');

/** A mail client's buttons, folders and "to me": a line made only of these (and counts) is chrome. */
const MAIL_LABELS = [
  'compose',
  'new',
  'message',
  'inbox',
  'starred',
  'snoozed',
  'important',
  'sent',
  'drafts',
  'draft',
  'spam',
  'junk',
  'trash',
  'bin',
  'deleted',
  'items',
  'archive',
  'report',
  'delete',
  'mark',
  'as',
  'unread',
  'read',
  'move',
  'to',
  'me',
  'reply',
  'all',
  'forward',
  'more',
  'print',
  'labels',
  'label',
  'folders',
  'back',
  'older',
  'newer',
  'flag',
  'mail',
];

/** Phone screenshots are tall: 16:9 and taller. */
const PHONE_ASPECT = 1.6;
/** The top bars' height (status bar and sender bar) as a share of the screen's width: Android 100/390 dp, iOS 143/390 pt. */
const TOP_BARS = { least: 0.26, most: 0.37 };
/** The input box's distance from the bottom as a share of the width (iOS 34 + 36 pt above the home bar). */
const INPUT_BAR = 0.3;
/** A conversation's first time stamp sits in the top part of the screen; the sender bar is above it. */
const HEADER_LIMIT = 0.35;
/** A sender bar holds a name or a number: a few words. */
const SENDER_WORDS = 4;
/** A bubble's text runs to at least this share of a phone screen's width before it wraps (iOS 63 %, Android 70 %). */
const BUBBLE_TEXT = 0.5;

/**
 * The lines of a screenshot that are its message: status bar, sender bar, time stamps, notices, the
 * input box and a mail client's labels dropped.
 * @example withoutScreenChrome({ width: 1170, height: 2532, lines }) // the bubble's lines
 */
export function withoutScreenChrome(page: OcrPage): OcrLine[] {
  const texts = page.lines.map(lineText);
  const stamp = texts.map((text) => STAMP_LINES.some((pattern) => pattern.test(text)));
  const chrome = texts.map((text, index) => stamp[index] || NOTICE_LINES.some((pattern) => pattern.test(text)) || isMailLabels(text));
  if (page.height / page.width >= PHONE_ASPECT) {
    // A line that carries on a bubble's text is the message's, whatever it says: "back" wrapped from
    // "I'll text you when I'm", "today" from "try it out". Stamps, receipts and buttons are centred, to
    // the right or set apart, and a mail app's "to me" is under a sender line with room left in it
    // (a bubble's text runs to at least half the screen's width before it wraps).
    const message: OcrLine[] = [];
    page.lines.forEach((line, index) => {
      if (chrome[index] && continuesRowAbove(line, { candidates: message, lines: page.lines, textWidth: page.width * BUBBLE_TEXT }))
        chrome[index] = stamp[index] = false;
      if (!chrome[index]) message.push(line);
    });
    // On a phone, the status bar and the sender bar (name or number, back button, avatar) are above
    // the first time stamp; without one, they are the short lines in the top bars' place.
    // (The status bar's clock is a time too, but it is above them all.)
    const inTopBars = (line: OcrLine) => line.box.y1 <= page.width * TOP_BARS.least;
    const stampTops = page.lines
      .filter((line, index) => stamp[index] && !inTopBars(line) && line.box.y0 < page.height * HEADER_LIMIT)
      .map((line) => line.box.y0);
    const firstStamp = stampTops.length > 0 ? Math.min(...stampTops) : undefined;
    page.lines.forEach((line, index) => {
      const bottom = line.box.y1;
      if (inTopBars(line) || (firstStamp !== undefined && bottom <= firstStamp)) chrome[index] = true;
      else if (firstStamp === undefined && bottom <= page.width * TOP_BARS.most && line.words.length <= SENDER_WORDS) chrome[index] = true;
      else if (line.box.y0 >= page.height - page.width * INPUT_BAR && INPUT_PLACEHOLDER.test(texts[index]!)) chrome[index] = true;
    });
  }
  return page.lines.filter((_, index) => !chrome[index]);
}

/**
 * True when the line's letters can be split entirely into mail-client labels (the OCR often drops the
 * spaces between buttons: "Reportspam Delete Mark asunread"). Labels carry no sentence punctuation:
 * "me:" or "Reply." is a message's words wrapped onto a line of their own.
 */
export function isMailLabels(text: string): boolean {
  if (/[.,:;!?]/.test(text)) return false;
  const letters = text.toLowerCase().replace(/[^a-z]/g, '');
  if (letters === '') return false;
  const reachable = new Array<boolean>(letters.length + 1).fill(false);
  reachable[0] = true;
  for (let end = 1; end <= letters.length; end += 1) {
    reachable[end] = MAIL_LABELS.some(
      (label) => end >= label.length && reachable[end - label.length] === true && letters.endsWith(label, end),
    );
  }
  return reachable[letters.length] === true;
}
