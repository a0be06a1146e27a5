// What the middleware tells the no-JS checker page before it reads the form, and what a preview
// route tells the middleware after it has read its link.
declare namespace App {
  interface Locals {
    /** Set when this address has used up its checks: the page answers 429 without reading the text. */
    retryAfterSeconds?: number;
    /** Set when the declared body is bigger than any text within the input limit: the page answers 413. */
    bodyTooLarge?: boolean;
    /** The admin origin a verified preview link names: the one page allowed to frame the preview. */
    previewAdminOrigin?: string | undefined;
  }
}
