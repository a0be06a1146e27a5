// What the middleware tells the no-JS checker page before it reads the form.
declare namespace App {
  interface Locals {
    /** Set when this address has used up its checks: the page answers 429 without reading the text. */
    retryAfterSeconds?: number;
    /** Set when the declared body is bigger than any text within the input limit: the page answers 413. */
    bodyTooLarge?: boolean;
  }
}
