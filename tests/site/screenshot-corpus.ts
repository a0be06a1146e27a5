// Which corpus messages the screenshot accuracy test renders: an even spread over the corpus's texts and
// emails, scam and genuine alike, picked by position (not by how well they read), each given a look so
// every look is used. Messages a phone or mail screen could not show as printed text are left out: emoji
// and other characters outside Latin-1 punctuation (the English model cannot read them), and texts too
// long for one screen.
import { corpusFile, readMessages } from '@redflags/corpus';
import type { LabelledMessage } from '@redflags/schema';
import type { Look } from '../../apps/site/fixtures/screenshots/make-screenshot.ts';
import type { EmailMessage, TextMessage } from '../../apps/site/fixtures/screenshots/messages.ts';

/** Printable ASCII and the typographic marks phones put in messages. */
const PRINTABLE = /^[\x20-\x7E£€’‘“”–—…]+$/;
const FITS = { sms: { min: 30, max: 320 }, email: { min: 30, max: 700 } } as const;

/** One screenshot to make: the message as the screen shows it, and how the screen looks. */
export interface ScreenshotCase {
  message: TextMessage | EmailMessage;
  look: Look;
  label: LabelledMessage['label'];
}

const PHONE_LOOKS: Look[] = (['ios', 'android'] as const).flatMap((layout) =>
  (['light', 'dark'] as const).flatMap((mode) => (['regular', 'large'] as const).map((size) => ({ layout, mode, size }))),
);
const EMAIL_LOOKS: Look[] = (['light', 'dark'] as const).flatMap((mode) => (['regular', 'large'] as const).map((size) => ({ mode, size })));

/** `count` items spread evenly over `list` (its first, then every list.length / count-th). */
function spread<T>(list: T[], count: number): T[] {
  if (list.length < count) throw new Error(`the corpus has ${list.length} suitable messages, fewer than the ${count} wanted`);
  return Array.from({ length: count }, (_, index) => list[Math.floor((index * list.length) / count)]!);
}

/** Messages of one channel that fit a screen, scam and genuine each spread evenly, `perLabel` of each. */
function pick(messages: LabelledMessage[], channel: 'sms' | 'email', perLabel: number): LabelledMessage[] {
  const { min, max } = FITS[channel];
  const fitting = messages.filter(
    (message) => message.channel === channel && PRINTABLE.test(message.text) && message.text.length >= min && message.text.length <= max,
  );
  const byLabel = (label: LabelledMessage['label']) =>
    spread(
      fitting.filter((message) => message.label === label),
      perLabel,
    );
  return [...byLabel('scam'), ...byLabel('legit')].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * `phones` text messages on a phone (every phone look in turn) and `emails` emails in a mail client (every
 * mail look in turn), half scam and half genuine. An email is shown whole as its body, under a plain
 * subject and sender; a text comes from a number, which the phone shows above it.
 */
export function corpusScreenshots({ phones, emails }: { phones: number; emails: number }): ScreenshotCase[] {
  const messages = readMessages(corpusFile);
  const texts = pick(messages, 'sms', Math.ceil(phones / 2)).slice(0, phones);
  const mails = pick(messages, 'email', Math.ceil(emails / 2)).slice(0, emails);
  return [
    ...texts.map(
      (message, index): ScreenshotCase => ({
        message: { id: message.id, kind: 'text', sender: `+1 (202) 555-01${String(10 + index).padStart(2, '0')}`, body: message.text },
        look: PHONE_LOOKS[index % PHONE_LOOKS.length]!,
        label: message.label,
      }),
    ),
    ...mails.map(
      (message, index): ScreenshotCase => ({
        message: {
          id: message.id,
          kind: 'email',
          senderName: 'Mail Sender',
          senderAddress: 'sender@mail.example',
          subject: 'Hello',
          body: [message.text],
        },
        look: EMAIL_LOOKS[index % EMAIL_LOOKS.length]!,
        label: message.label,
      }),
    ),
  ];
}
