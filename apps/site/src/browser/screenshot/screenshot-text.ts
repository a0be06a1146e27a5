// From what the OCR read on a screenshot to the message's text, for the checker's box: each line
// repaired, the screen's chrome dropped, and the lines joined back into the message's paragraphs.
import { cleanLines } from './clean-lines';
import { joinLines } from './join-lines';
import type { OcrPage } from './ocr-page';
import { withoutScreenChrome } from './screen-chrome';

/**
 * The message on a screenshot, as text.
 * @example screenshotText(page) // 'Royal Mail: Your parcel is on hold … https://royalmail-redelivery-uk.com/pay'
 */
export function screenshotText(page: OcrPage): string {
  return joinLines(withoutScreenChrome({ ...page, lines: cleanLines(page.lines, page.bars) }));
}
